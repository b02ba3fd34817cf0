#pragma once

// "Get Customer Data Information" and "Remittances - Consult customer" examples,
// as printed in seed 000_d8e553a5968b7b38.txt (lines 1323-1374 and 1970-2055).
inline constexpr const char *customerContactDataSeedExample = R"json(
{
"responseType": {
"value": "OK"
},
"postAddr": {
"cityId": "68307",
"neighborhood": "CHAPINERO CENTRAL",
"addr1": "CL 43 23 57",
"phoneNum": {
"phone": "2000002"
}
},
"orgInfo": {
"cityId": "41551",
"neighborhood": "NA",
"addr1": "PITALITO OF",
"phoneNum": {
"phone": "3000002",
"phoneExt": "123"
}
},
"businessOccupation": {
"code": "04"
},
"businessProfessionGeneral": {
"code": "010"
},
"businessProfessionSpecific": {
"code": "6513"
},
"incomeInfo": {
"incomeAmt": "4510000.00"
},
"expenses": {
"amt": "651000.00"
},
"financialAssets": {
"amt": "6100000.00"
},
"financialLiabilities": {
"amt": "6200000.00"
},
"familyHeritage": {
"amt": "6300000.00"
},
"personInfo": {
"birthDt": "1971-11-22",
"gender": "M",
"sarlaftDate": "2023-05-12",
"flagBindable": false
}
}
)json";

// The error envelope of the same operation (lines 1377-1386).
inline constexpr const char *customerContactDataSeedError = R"json(
{
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "51011",
"errorDesc": "CLIENTE NO EXISTE BCSC",
"errorType": "STA"
}
}
)json";

inline constexpr const char *remittanceCustomerSeedExample = R"json(
{
"responseType":{
"value": "OK"
},
"listAddress": [
{
"phoneNum": {
"phone": "3105556755",
"cellPhone": "3105556755"
},
"postAddr": {
"idItem": 2,
"cspRefId": 2,
"addrType": "RESI",
"addr1": "calle 30 #10-15",
"city": "Bogota",
"country": "Colombia",
"postalCode": "730001",
"cityId": "0112",
"stateProv": "calle 30 #10-15"
}
}
],
"beneficiary": [
{
"personInfo": {
"idItem": 2,
"cspRefId": 2,
"identSerialNum": "1234567890",
"emailAddr": "correo@gmail.com",
"lastName": "DE_FRANCISCO",
"secondLastName": "LOPEZ",
"firstName": "CARLOS",
"middleName": "MARIO"
}
}
],
"senderPmtInfo": [
{
"cspRefId": 2,
"type": "VLRING",
"rank": "VLRING"
}
],
"personInfo": {
"personName": {
"lastName": "CAPERA",
"secondLastName": "PAZ",
"firstName": "DIEGO",
"middleName": "MARIO"
},
"upDt": "2022-12-11",
"clientTerminalSeqId": 0,
"birthDt": "2022-12-11",
"country": "CO",
"emailAddr": "correo@gmail.com",
"businessActivity": {
"certCode": "086712",
"jobTitle": "PARREG",
"rank": "NIV1",
"flagPubExpPerson": true,
"branchName": ""
},
"cspRefId": 2,
"gender": "F",
"status": "Activo",
"govIssueIdent": {
"govIssueIdentType": "CC",
"identSerialNum": "1234567890",
"expCityId": "05001",
"issDt": "2022-12-11",
"city": "Bogota D.C",
"country": "CO"
}
},
"pmtReferences": {
"actualizeStatus": {
"updateRefId": "SUPGIR",
"branchId": "SUPGIR_01"
}
},
"compliance": {
"termsConditions": true,
"personDataProcessing": true
}
}
)json";

// Its error example (lines 2057-2066): ER400 with empty code, description and type.
inline constexpr const char *remittanceCustomerSeedError = R"json(
{
"responseType": {
"value": "ER400"
},
"responseDetail": {
"errorCode": "",
"errorDesc": "",
"errorType": ""
}
}
)json";
