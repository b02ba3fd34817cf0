#pragma once

// The examples printed in policy-management (seed 002_99f72828180069f4.txt),
// copied as printed. Two are not valid JSON in the document and are kept in
// their documented shape with the smallest repair, said next to them.

namespace PolicySeedExamples {

// Repaired: the document prints a trailing comma after depAcctId.
inline constexpr char statusSubmitResponse[] = R"json({
"responseType": {
"value": "OK"
},
"depAcctStmtRec":{
"depAcctId":{
"refNumber": "550100000001028"
}
},
"govIssueIdent": {
"identSerialNum": "1234567890",
"govIssueIdentType": "CC"
}
})json";

inline constexpr char statusSubmitError[] = R"json({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "00001",
"errorDesc": "Error en el enviar estado de la solicitud",
"errorType": "TPS"
}
})json";

inline constexpr char statusUpdateRequest[] = R"json({
"request": {
"source": "1",
"statusCode": "AP"
},
"depAcctStmtRec": {
"depAcctId": {
"acctId": "550100000000001"
}
},
"personInfo": {
"govIssueIdent": {
"identSerialNum": "1234567890",
"govIssueIdentType": "CC"
},
"personType": "1",
"policy": {
"signature": {
"issDt": "1967-02-26"
},
"status": "AE",
"descriptionDesc": "1",
"pmtsPlanProdType": "1",
"exclude": "true",
"percentage": "10"
}
},
"product": {
"productType": "0"
},
"coverageInfo": [
{
"exclude": true,
"percentage": "S",
"coverageId": "2"
}
],
"insuranceInfo": {
"coveredCode": "1"
},
"sequenceProductRequested": "111"
})json";

inline constexpr char statusUpdateResponse[] = R"json({
"depAcctStmtRec": {
"depAcctId": {
"refNumber": "550100000001028"
}
},
"govIssueIdent": {
"identSerialNum": "1234567890",
"govIssueIdentType": "CC"
}
})json";

inline constexpr char statusUpdateError[] = R"json({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "00001",
"errorDesc": "Error en la actualizacion",
"errorType": "TPS"
}
})json";

inline constexpr char caseCreateRequest[] = R"json({
"channel": {
"sPname": "domain",
"user": "admon"
},
"insuranceInfo": [
{
"desc": "GestionDeExamenesMedicos",
"refInfo": [
{
"curAmt": {
"amt": 50000000
},
"cityId": "11001",
"relationshipType": 1,
"createdDt": "1967-02-26",
"requestNumber": 1216827820,
"submitOffice": {
"branchId": "0166"
},
"trnSrcInfo": {
"code": 6
},
"productType": "34VO",
"flagAutom": true,
"applicantInfo": [
{
"personName": {
"firstName": "DORA",
"middleName": "NELLY",
"lastName": "RESTREPO",
"secondLastName": "HERRERA"
},
"personInfo":{
"birthDt": "1967-02-26",
"gender": "1"
},
"govIssueIdent": {
"identSerialNum": 10003598,
"govIssueIdentType": "CC"
},
"applicantType": 1,
"planRequested": "001",
"orgInfo": {
"addr1": "KR 1 12 66",
"cityId": "81001",
"additionalPhoneNum": {
"cellPhone": 7403462
}
},
"contactInfo": {
"cellPhone": 3212587913,
"cityId": "11001",
"emailAddr": "s9m3b9o7@bancocajasocial.com",
"additionalPhoneNum": {
"cellPhone": 4296111
},
"addr1": "KR 22 06 32"
},
"profile": 0,
"birthDt": "1967-02-26",
"businessOcucupation": {
"certcode": "05"
},
"question": [
{
"questionIdent": 1,
"answer": true,
"desc": ""
},
{
"questionIdent": 2,
"answer": false,
"desc": ""
},
{
"questionIdent": 3,
"answer": false,
"desc": ""
},
{
"questionIdent": 4,
"answer": false,
"desc": ""
},
{
"questionIdent": 5,
"answer": false,
"desc": ""
}
]
}
]
}
]
}
]
})json";

inline constexpr char caseCreateResponse[] = R"json({
"insuranceInfo": {
"policyId": 23032220,
"trnSrcInfo": {
"code": "1"
},
"requestNumber": "14516",
"productType": "3704",
"transactionTimestamp": "2023-12-12T19:43:23.9152169-05:00",
"responseType": {
"value": "OK"
},
"responseDetail": {
"errorCode": "",
"errorDesc": "",
"errorType": ""
},
"refInfo": {
"spRefId": "3606690",
"validityTime": "0",
"statusDesc": "Inactive",
"effDt": "2023-12-12T19:43:23.9152169-05:00",
"startDt": "",
"applicantInfo": {
"spRefId": "160",
"amt": "0",
"desc": "",
"validityPeriod": "0",
"priority": "Normal",
"orgInfo": {
"desc": "CancelarCaso",
"desc2": "nombrePantalla",
"message": "",
"refType": "Event"
}
}
},
"name": "",
"flagScreen": "True",
"applicantInfo": {
"code": "1",
"desc": "",
"startDt": "2023-12-13T00:43:36.778Z",
"externalId": "55f198d7-2ddf-4bdb-b1ad-c03d4b303fa",
"mainLocation": "FIFO",
"name": "GestionDeExamenesMedicos",
"desc2": "Gestión de exámenes médicos",
"order": "1",
"refType": "",
"itemGeneric1": "Process"
}
}
})json";

inline constexpr char caseCreateError[] = R"json({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "00001",
"errorDesc": "Error en la actualizacion",
"errorType": "TPS"
}
})json";

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

inline constexpr char lifeQuoteError[] = R"json({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "",
"errorDesc": "",
"errorType": ""
}
})json";

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

inline constexpr char generalSimulationRequest1[] = R"json({
"productIdent" : "1",
"product": {
"productIdNumber": "31300",
"freq":"1"
},
"insuranceInfo": {
"channel": "101",
"personName": {
"birthDt": "30-12-1993"
}
}
})json";

inline constexpr char generalSimulationRequest2[] = R"json({
"productIdent" : "2",
"product": {
"productIdNumber": "69308",
"freq":"1"
},
"insuranceInfo": {
"channel": "101",
"personName": {
"birthDt": "30-12-1990"
}
},
"additionalData": [
{
"key": "SecondName",
"value": "Pedro"
}
]
})json";

inline constexpr char generalSimulationRequest3[] = R"json({
"productIdent": "3",
"product": {
"productIdNumber": "307",
"freq": "1"
},
"insuranceInfo": {
"channel": "101",
"capitalization": [
{
"capitalizationAcctId": "2",
"capitalizationAcctAm": "2",
"rate": 100,
"amt": 195000000
}
],
"riskInfo": {
"postAddr": [
{
"addr1": "AVENIDA BRASIL",
"floor": "1",
"stateProv": "52",
"cityId": "52835",
"neighborhood": "5438",
"postalCode": "01101"
}
],
"additionalData": {
"idItem": "1",
"areaType": "1",
"socialClass": "1",
"useType": "1",
"type": "2",
"year": "1993",
"floor": "1",
"desc": "Orange House",
"housingType": "3"
}
}
}
})json";

inline constexpr char generalSimulationResponse[] = R"json({
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

inline constexpr char generalSimulationError[] = R"json({
"responseType": {
"value": "ERR400"
},
"responseDetail": {
"errorCode": 400,
"errorDesc": "Payload not found",
"errorType": "Bad Request"
}
})json";

inline constexpr char generalQuoteRequest1[] = R"json({
"productIdent": "1",
"product": {
"productIdNumber": 34299,
"freq": 1
},
"entprAgreement": {
"cityId": "2013"
},
"coverageInfo": {
"coverageId": 1
},
"insuranceInfo": {
"personType": 1,
"channel": 101,
"govIssueIdent": {
"govIssueIdentType": 2,
"identSerialNum": "10229896891"
},
"personName": {
"lastName": "XXXXXXX",
"secondLastName": "XXXXXXX",
"firstName": "XXXXXXXXXX",
"middleName": "XXXXXXXXXX",
"thirdName": "XXXXXXXXXX",
"fullName": "XXXXXXXXXX",
"birthDt": "19-03-1970",
"gender": 1,
"country": "0",
"maritalStatus": "1"
},
"contactInfo": [
{
"emailAddr": "TESTE@GMAIL.COM",
"phoneNum": [
{
"phoneType": 4,
"phoneAreaCode": 55,
"phone": "11999999999"
}
]
}
],
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
}
]
},
"identVerifyEntity": [
{
"idItem": 100391531,
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

inline constexpr char generalQuoteRequest2[] = R"json({
"productIdent": "2",
"product": {
"productIdNumber": 31300,
"freq": 1,
"productLine": 10
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
"gender": 1,
"country": "0",
"maritalStatus": "1"
},
"contactInfo": [
{
"emailAddr": "TESTE@GMAIL.COM",
"phoneNum": [
{
"phoneType": 4,
"phoneAreaCode": 55,
"phone": "11999999999"
}
]
}
],
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
}
]
},
"identVerifyEntity": [
{
"idItem": 100391531,
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

inline constexpr char generalQuoteRequest3[] = R"json({
"productIdent": "3",
"product": {
"productIdNumber": 307,
"freq": 1
},
"entprAgreement": {
"cityId": "1"
},
"coverageInfo": {
"coverageId": 1
},
"insuranceInfo": {
"channel": 101,
"capitalization": [
{
"capitalizationAcctId": "2",
"capitalizationAcctAm": "2",
"rate": 100,
"amt": 195000000
}
],
"riskInfo": {
"postAddr": [
{
"addr1": "AVENIDA BRASIL",
"floor": "1",
"stateProv": "52",
"cityId": "52835",
"neighborhood": "5438",
"postalCode": "01101"
}
],
"additionalData": {
"idItem": "1",
"areaType": "1",
"socialClass": "1",
"useType": "1",
"type": "2",
"year": "1993",
"floor": "1",
"desc": "Orange House",
"housingType": "3"
}
},
"personType": 1,
"govIssueIdent": {
"govIssueIdentType": 3,
"identSerialNum": "300541"
},
"personName": {
"issDt": "2022-12-11",
"lastName": "XXXXXXX",
"secondLastName": "XXXXXXX",
"firstName": "XXXXXXXXXX",
"middleName": "XXXXXXXXXX",
"thirdName": "XXXXXXXXXX",
"fullName": "XXXXXXXXXX",
"birthDt": "1970-03-19",
"gender": 1,
"country": "0",
"maritalStatus": "1"
},
"stipend":{
"contractType": 12,
"rate": 5,
"amt": 0
},
"contactInfo": [
{
"emailAddr": "TESTE@GMAIL.COM",
"phoneNum": [
{
"phoneType": 4,
"phoneAreaCode": 55,
"phone": "11999999999"
}
]
}
],
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
}
]
},
"identVerifyEntity": [
{
"idItem": 100391531,
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

inline constexpr char generalQuoteResponse[] = R"json({
"pmtReferences": {
"pmtAuthId": 1221
},
"responseDetail": {
"errorCode": "",
"errorDesc": "",
"startDt": "2023-06-06T16:27:14.2168106-05:00"
},
"insuranceInfo": {
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
"desc": "XXXXXXXXXXXXX",
"additionalData": {
"type": 1,
"amt": 12683
}
}
]
},
"invoicePremium": {
"fee": {
"totalInsurableValue": 27775,
"amt": 2409
},
"billId": 1111,
"insuranPremiumValue": 25366
},
"product": {
"idItem": 1,
"desc": "XXXXXXXXXXXXX",
"freq": 1
}
})json";

inline constexpr char generalQuoteError[] = R"json({
"responseType": {
"value": "ERR400"
},
"responseDetail": {
"errorCode": 400,
"errorDesc": "Payload not found",
"errorType": "Bad Request"
}
})json";

inline constexpr char generalIssuingRequest1[] = R"json({
"productIdent": "1",
"product": {
"productIdNumber": "31300",
"freq": "5",
"channel": 101
},
"entprAgreement": {
"cityId": "106"
},
"pmtReferences": {
"pmtAuthId": "2507",
"pmtType": "2"
},
"coverageInfo": {
"coverageId": "8"
},
"personInfo": {
"personType": "1",
"govIssueIdentType": "2",
"identSerialNum": "44458129653",
"lastName": "SUAREZ",
"firstName": "ANGELICA",
"fullName": "ANGELICA SUAREZ",
"birthDt": "1979-03-21",
"gender": "2",
"maritalStatus": "1",
"country": "0",
"contactInfo": {
"postAddr": [
{
"addr1": "CL 78 45 12",
"cityId": "11001",
"emailAddr": "r0s5s0u5@bancocajasocial.com",
"phoneNum": [
{
"phoneType": "6",
"phoneAreaCode": "57",
"phone": "3002222222"
}
]
}
]
},
"ccAcctRec": [
{
"code": "32",
"cardType": "1",
"acctId": "4704371043791074",
"expDt": "12/24"
}
]
},
"beneficiary": [
{
"personInfo": {
"personType": "1",
"govIssueIdentType": "2",
"identSerialNum": "52433530",
"lastName": "SUAREZ",
"firstName": "FERNANDO",
"fullName": "FERNANDO SUAREZ",
"rate": "50",
"relationshipType": "3"
}
},
{
"personInfo": {
"personType": "1",
"govIssueIdentType": "4",
"identSerialNum": "456456",
"lastName": "SUAREZ",
"firstName": "FERNANDO",
"fullName": "FERNANDO SUAREZ",
"rate": "50",
"relationshipType": "3"
}
}
],
"additionalData": [
{
"key": "AUDH1V7G",
"value": "Harol Villareal"
}
]
})json";

inline constexpr char generalIssuingRequest2[] = R"json({
"productIdent": "2",
"product": {
"productIdNumber": "69308",
"freq": "1",
"channel": 101
},
"entprAgreement": {
"cityId": "421"
},
"pmtReferences": {
"pmtAuthId": "1",
"pmtType": "1"
},
"coverageInfo": {
"coverageId": "1"
},
"personInfo": {
"personType": "4",
"govIssueIdentType": "12",
"identSerialNum": "55444111",
"issDt": "2022-12-11",
"lastName": "XXXXXXX",
"secondLastName": "XXXXXXX",
"firstName": "XXXXXXXXXX",
"middleName": "XXXXXXXXXX",
"thirdName": "XXXXXXXXXX",
"fullName": "XXXXXXXXXX",
"birthDt": "2022-12-11",
"gender": "1",
"country": "0",
"maritalStatus": "1",
"contactInfo": {
"postAddr": [
{
"addr1": "Calle 4",
"floor": "414",
"stateProv": "35",
"cityId": "38041",
"neighborhood": "38041",
"postalCode": "04011031",
"emailAddr": "TESTE@GMAIL.COM",
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
"idItem": 100391531,
"rate": 50,
"order": 1
},
{
"idItem": 100391531,
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

inline constexpr char generalIssuingRequest3[] = R"json({
"productIdent": "3",
"product": {
"productIdNumber": "307",
"freq": "1",
"channel": 101
},
"entprAgreement": {
"cityId": "421"
},
"pmtReferences": {
"pmtAuthId": "1",
"pmtType": "1"
},
"coverageInfo": {
"coverageId": "1"
},
"insuranceInfo": {
"capitalization": [
{
"capitalizationAcctId": "2",
"capitalizationAcctAm": "2",
"rate": 100,
"amt": 195000000
}
],
"riskInfo": {
"postAddr": [
{
"addr1": "AVENIDA BRASIL",
"floor": "1",
"stateProv": "52",
"cityId": "52835",
"neighborhood": "5438",
"postalCode": "01101"
}
],
"additionalData": {
"idItem": "1",
"areaType": "1",
"socialClass": "1",
"useType": "1",
"type": "2",
"year": "1993",
"floor": "1",
"desc": "Orange House",
"housingType": "3"
}
},
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
"personInfo": {
"personType": "4",
"govIssueIdentType": "12",
"identSerialNum": "55444111",
"issDt": "2022-12-11",
"lastName": "XXXXXXX",
"secondLastName": "XXXXXXX",
"firstName": "XXXXXXXXXX",
"middleName": "XXXXXXXXXX",
"thirdName": "XXXXXXXXXX",
"fullName": "XXXXXXXXXX",
"birthDt": "2022-12-11",
"gender": "1",
"country": "28",
"maritalStatus": "1",
"contactInfo": {
"postAddr": [
{
"addr1": "Calle 4",
"floor": "414",
"stateProv": "35",
"cityId": "38041",
"neighborhood": "38041",
"postalCode": "04011031",
"emailAddr": "TESTE@GMAIL.COM",
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
"identVerifyEntity": [
{
"idItem": 100391531,
"rate": 50,
"order": 1
},
{
"idItem": 100391531,
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

inline constexpr char generalIssuingResponse[] = R"json({
"insuranceInfo": {
"cSpRefId": "Emisión",
"trnRquId": "37330",
"operationType": "Cobro",
"effDt": "2022-12-11",
"endDt": "2022-12-11",
"insuranPremiumValue": 90998.136986,
"fee": {
"amt": 90998.136986
},
"rate": 90998.136986,
"policyId": "960",
"certCode": "21344545",
"forExRateInqRq": {
"depAcctId": "960"
}
}
})json";

inline constexpr char generalIssuingError[] = R"json({
"responseType": {
"value": "ERR400"
},
"responseDetail": {
"errorCode": 400,
"errorDesc": "Payload not found",
"errorType": "Bad Request"
}
})json";

inline constexpr char payeeRequest[] = R"json({
"govIssueIdent": {
"govIssueIdentType": "CC",
"identSerialNum": "3056441"
},
"beneficiary": {
"personName": {
"firstName": "LUIS",
"middleName": "",
"lastName": "GONZALEZ",
"secondLastName": ""
},
"personInfo": {
"country": "169",
"emailAddr": "smora@bancocajasocial.com"
},
"postAddr": {
"country":"169"
},
"notification": {
"address": "KR 80",
"postalCode": "432566"
},
"govIssueIdent": {
"govIssueIdentType": "CC",
"identSerialNum": "3056441",
"countryName": "COLOMBIA"
},
"relationshipType": "60"
},
"submitOffice": {
"branchId": "1102",
"adviserId": "4342"
}
})json";

inline constexpr char payeeResponse[] = R"json({
"responseType": {
"value": "OK"
}
})json";

inline constexpr char payeeError[] = R"json({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "OSB-38235",
"errorDesc": "Variable targeted for validate is not a XML",
"errorType": "EXP"
}
})json";

} // namespace PolicySeedExamples
