#pragma once

#include "PolicySeedLifeExamples.h"

// The general products simulation, quote and issuing examples printed in policy-management
// (seed 002_99f72828180069f4.txt), copied as printed.
// Examples the seed prints byte for byte twice are one constant and an alias.

namespace PolicySeedExamples {

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

// Same bytes: the seed prints the general simulation response as the life one.
inline constexpr auto &generalSimulationResponse = lifeSimulationResponse;

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

// Same bytes: the seed prints the same error body for every general operation.
inline constexpr auto &generalQuoteError = generalSimulationError;

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

// Same bytes: the seed prints the same error body for every general operation.
inline constexpr auto &generalIssuingError = generalSimulationError;

} // namespace PolicySeedExamples
