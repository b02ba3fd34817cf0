#pragma once

// The status submit, status update and insurance case examples printed in policy-management
// (seed 002_99f72828180069f4.txt), copied as printed.
// One is not valid JSON in the document and is kept in its documented shape
// with the smallest repair, said next to it.
// Examples the seed prints byte for byte twice are one constant and an alias.

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

// Same bytes: the seed prints one error body for the status update and the case.
inline constexpr auto &caseCreateError = statusUpdateError;

} // namespace PolicySeedExamples
