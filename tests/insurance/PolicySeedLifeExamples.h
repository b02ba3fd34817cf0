#pragma once

// The life simulation, quote, issuing and certificate examples printed in policy-management
// (seed 002_99f72828180069f4.txt), copied as printed.
// One is not valid JSON in the document and is kept in its documented shape
// with the smallest repair, said next to it.
// Examples the seed prints byte for byte twice are one constant and an alias.

namespace PolicySeedExamples {

inline constexpr char lifeSimulationRequest[] = R"json([
{
"product": {
"productIdNumber": "24297"
},
"insuranceInfo": {
"channel": "101",
"personName": {
"birthDt": "30-12-1990"
}
}
},
{
"product": {
"productIdNumber": "31300"
},
"insuranceInfo": {
"channel": "109",
"personName": {
"birthDt": "25-10-1980"
}
}
}
])json";

inline constexpr char lifeSimulationResponse[] = R"json({
"responseDetail": {
"errorCode": "",
"errorDesc": "",
"startDt": "2023-07-19T10:28:27.0131805-05:00"
},
"insuranceInfo": [
{
"product": {
"productLine": 31,
"productClass": 31300,
"idItem": 1,
"desc": "Plan 1 5 MM",
"fee": {
"totalInsurableValue": 200
},
"freq": 1
},
"coverageInfo": [
{
"coverageId": 1,
"desc": "Muerte Accidental",
"amt": 5000000.0,
"fee": {
"insuranPremiumValue": 0.0
},
"insuranPremiumValue": 59880.0
},
{
"coverageId": 2,
"desc": "Incapacidad Total y Permanente Accidental",
"amt": 0.0,
"fee": {
"insuranPremiumValue": 0.0
},
"insuranPremiumValue": 0.0
}
]
},
{
"product": {
"productLine": 31,
"productClass": 31300,
"idItem": 2,
"desc": "Plan 2 10 MM",
"fee": {
"totalInsurableValue": 300
},
"freq": 2
},
"coverageInfo": [
{
"coverageId": 1,
"desc": "Muerte Accidental",
"amt": 10000000.0,
"fee": {
"insuranPremiumValue": 0.0
},
"insuranPremiumValue": 83880.0
},
{
"coverageId": 2,
"desc": "Incapacidad Total y Permanente Accidental",
"amt": 0.0,
"fee": {
"insuranPremiumValue": 0.0
},
"insuranPremiumValue": 0.0
}
]
}
]
})json";

inline constexpr char lifeSimulationError[] = R"json({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "",
"errorDesc": "",
"errorType": ""
}
})json";

inline constexpr char lifeQuoteRequest[] = R"json({
"product": {
"productIdNumber": 31300,
"freq": 1
},
"entprAgreement": {
"cityId": "6005"
},
"coverageInfo": {
"coverageId": 1
},
"insuranceInfo": {
"personType": 1,
"channel": 101,
"govIssueIdent": {
"govIssueIdentType": 3,
"identSerialNum": "300541"
},
"personName": {
"lastName": "XXXXXXX",
"secondLastName": "XXXXXXX",
"firstName": "XXXXXXXXXX",
"middleName": "XXXXXXXXXX",
"thirdName": "XXXXXXXXXX",
"fullName": "XXXXXXXXXX",
"birthDt": "19-03-1970",
"gender": 1
},
"contactInfo": [
{
"emailAddr": "TESTE@GMAIL.COM",
"phoneNum": [
{
"phoneType": 4,
"phoneAreaCode": 55,
"phone": "11999999999"
},
{
"phoneType": 2,
"phoneAreaCode": 55,
"phone": "11999999999"
}
]
}
],
"coverageInfo": [
{
"coverageId": 1,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
},
{
"coverageId": 3,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
}
],
"additionalData": [
{
"coverageId": 1,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
},
{
"coverageId": 3,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 1,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
}
],
"listValidation": [
{
"coverageId": 1,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
},
{
"coverageId": 3,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 1,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
}
]
},
"identVerifyEntity": [
{
"idItem": 100391531,
"rate": 50,
"order": 1
},
{
"idItem": 100150827,
"rate": 50,
"order": 1
}
],
"additionalData": [
{
"key": "SecondName",
"value": "Pedro"
}
]
})json";

inline constexpr char lifeQuoteResponse[] = R"json({
"pmtReferences": {
"pmtAuthId": 0
},
"responseDetail": {
"errorCode": "",
"errorDesc": "",
"startDt": ""
},
"insuranceInfo": {
"coverageInfo": [
{
"coverageId": 0,
"validityPeriod": 0,
"validityTime": 0,
"amt": 0.0,
"rate": 0.0,
"ccAcctRec": {
"brand": 0,
"rate": 0.0,
"amt": 0.0
},
"insuranPremiumValue": 0,
"desc": "",
"additionalData": [
{
"type": 0,
"amt": 0.0
}
]
}
]
},
"invoicePremium": {
"fee": {
"totalInsurableValue": 0.0,
"amt": 0.0
},
"billId": 0,
"insuranPremiumValue": 0.0
}
})json";

// Same bytes: the seed prints one error body for the life simulation and quote.
inline constexpr auto &lifeQuoteError = lifeSimulationError;

inline constexpr char lifeIssuingRequest[] = R"json({
"product": {
"productIdNumber": "24297",
"freq": "1"
},
"entprAgreement": {
"cityId": "421"
},
"pmtReferences": {
"pmtAuthId" : "1",
"pmtType": "1"
},
"coverageInfo":{
"coverageId": "1"
},
"personInfo": {
"personType": "4",
"govIssueIdentType": "12",
"identSerialNum": "55444111",
"lastName": "XXXXXXX",
"secondLastName": "XXXXXXX",
"firstName": "XXXXXXXXXX",
"middleName": "XXXXXXXXXX",
"thirdName": "XXXXXXXXXX",
"fullName": "XXXXXXXXXX",
"birthDt": "2022-12-11",
"gender": "1",
"country": "28",
"contactInfo" :{
"postAddr": [
{
"addr1": "Calle 4",
"floor": "414",
"stateProv": "35",
"cityId": "38041",
"neighborhood": "38041",
"postalCode": "04011031",
"phoneNum": [
{
"phoneType": "4",
"phoneAreaCode": "55",
"phone": "11999999999"
},
{
"phoneType": "2",
"phoneAreaCode": "55",
"phone": "11999999999"
}
]
}
]
},
"ccAcctRec": [
{
"code": "65",
"cardType": "3",
"acctId": "696369321563",
"expDt": "02/26",
"token": "6as5df-6d5f4ga-as5df-as5d4d4d",
"dayofDebitMonthly": 31,
"pmtMethod": "2"
}
],
"depAcctId": [
{
"bankId": "558",
"acctType": "2",
"acctId": "696369321563",
"dayofDebitMonthly": 3,
"pmtMethod": "2"
}
]
},
"insuranceInfo": {
"coverageInfo": [
{
"coverageId": 1,
"role": 2,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
},
{
"coverageId": 1,
"role": 2,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
}
],
"additionalData": [
{
"coverageId": 1,
"role": 2,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
},
{
"coverageId": 1,
"role": 2,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
}
],
"listValidation": [
{
"coverageId": 1,
"role": 2,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
},
{
"coverageId": 1,
"role": 2,
"validityPeriod": 100,
"validityTime": 100,
"amt": 501000,
"rate": 2.9925,
"ccAcctRec": {
"brand": 3,
"rate": 5,
"amt": 25000
},
"insuranPremiumValue": 152200,
"desc": "XXXXXXXXXXXXX"
}
]
},
"beneficiary": [
{
"personInfo": {
"personType": "4",
"govIssueIdentType": "12",
"identSerialNum": "55444111",
"lastName": "XXXXXXX",
"secondLastName": "XXXXXXX",
"firstName": "XXXXXXXXXX",
"middleName": "XXXXXXXXXX",
"thirdName": "XXXXXXXXXX",
"fullName": "XXXXXXXXXX",
"rate": "100",
"relationshipType": "5000",
"birthDt": "2022-12-11",
"gender": "1"
}
}
],
"identVerifyEntity": [
{
"idItem": 100391531 ,
"rate": 50,
"order": 1
},
{
"idItem": 100391531 ,
"rate": 50,
"order": 1
}
],
"additionalData": [
{
"key": "SecondName",
"value": "Pedro"
}
]
})json";

inline constexpr char lifeIssuingResponse[] = R"json({
"insuranceInfo":{
"cSpRefId": "Emisión",
"trnRquId":"37330",
"operationType":"Cobro" ,
"effDt":"2022-12-11",
"endDt":"2022-12-11",
"insuranPremiumValue":90998.136986,
"fee":{
"amt": 90998.136986
},
"rate":90998.136986,
"policyId": "960",
"certCode": "21344545",
"forExRateInqRq": {
"depAcctId":"960"
}
}
})json";

inline constexpr char lifeCertificateRequest[] = R"json({
"product": {
"productIdnumber": "31300"
},
"insuranceInfo": {
"policyId": 45878,
"effDt": "2023-08-24",
"certCode": 123444
}
})json";

// Repaired: the document opens the object twice and breaks binData over two lines.
inline constexpr char lifeCertificateResponse[] = R"json({
"responseDetail": {
"errorCode": "",
"errorDesc": ""
},
"insuranceInfo": {
"binData":"JVBERi0xLjMNCiX/gfCwDQoxIDAgb2JqIA0KPDwgL1R5cGUgL0NhdGFsb2cNCi9QYWdlcyAyIDAgUg0KPj4NCmVuZG9iag0KMiAwIG9iaiANCjw8IC9UeXBlIC9QYWdlcw0KL0NvdW50IDENCi9LaWRzIFs"
}
})json";

} // namespace PolicySeedExamples
