#pragma once

// The examples of the account reads and the intake, as seed 000 prints them.
namespace AccountSeedExamples {

// Get customer name by account, example response.
inline constexpr char nameByAccountResponse[] = R"seed({
"custInfo":{
"personName": {
"fullName": "SOLANGEL BALBINA VIANCHA VIANCHA"
}
}
})seed";

// Get customer name by account, error structure.
inline constexpr char nameByAccountError[] = R"seed({
"responseType": {
"value": "ER"
},
"responseDetail": {
"errorCode": "00001",
"errorDesc": "NO ENCONTRO NINGUN REGISTRO",
"errorType": "DAT"
}
})seed";

// Sync Data, request example.
inline constexpr char syncDataRequest[] = R"seed({
"personName": {
"firstName": "SARA"
},
"invoker": {
"refType": "retail",
"channel": "CUSTOMER"
},
"govIssueIdent": {
"mNemonic": "CC123456789"
},
"custInfo": [
{
"personName": {
"fullName": "Sara Jones",
"titlePrefix": "Miss",
"gender": "F",
"birthDt": "2022-12-11",
"country": "Colombia",
"language": "ES-CO"
},
"contactInfo": {
"emailAddr": "sara@email.com",
"phoneNumber": "3105556755"
},
"postAddress": [
{
"addr1": "XXXXXXXXXXXX",
"stateProv": "Cundinamarca",
"country": "Colombia",
"addrType": "Home",
"priority": true
}
],
"strategies": {
"strategyType": "IMPORT_FROM_IDENTIY"
},
"additionalEmaillAddr": [
{
"emailAddr": "sara33@email.com"
}
],
"additionalPhoneNum": [
{
"phoneNumber": "3105556755"
}
],
"invoker": {
"role": "Retail User - COL"
}
}
],
"listAccounts": [
{
"acctType": "CIA",
"externalId": "21002776223-DDA-CTA",
"depAcctId": {
"acctId": "21002776223"
},
"cardAcctId": {
"acctId": "",
"lastDigits": ""
},
"nickname": "Cuenta Corriente",
"name": "Cuenta Corriente",
"product": {
"productType": "21-02-00"
},
"curCode": "COP",
"bankId": "111000025",
"xferRec": {
"externalXferRec": true,
"immediateXfer": true,
"flagDebit": true,
"flagCredit": true
},
"acctBal": {
"curCode": "COP",
"amt": 734683.16
},
"LOCLimit": {
"curCode": "COP",
"amt": 734683.16
},
"otherIncome": {
"curCode": "COP",
"amt": 734683.16
},
"curRate": "1",
"termUnits": "Monthly",
"minPmtCurAmt": {
"amt": 1,
"dueDt": "2022-10-14"
}
}
]
})seed";

// Sync Data, response example.
inline constexpr char syncDataResponse[] = R"seed({
"transaction": {
"message": "added successfully"
},
"responseType": {
"value": "OK"
}
})seed";

// Sync Data From File, response example.
inline constexpr char syncDataFileResponse[] = R"seed({
"file": {
"desc": "added successfully"
},
"responseType": {
"value": "OK"
}
})seed";

// Sync Data (From File), response error example.
inline constexpr char syncDataErrorResponse[] = R"seed({
"responseType": {
"value": "ER500"
},
"responseDetail": {
"errorCode": "common.api.shoesize",
"errorDesc": "Value Exceeded. Must be between {min} and {max}",
"errorType": ""
}
})seed";

// Consult Owner, request example.
inline constexpr char ownerRequest[] = R"seed({
"trn": {
"transactionHour": "15:37:59",
"code": "123456789123456",
"depAcctIdFrom": {
"acctId": "12321414"
},
"trnRqUID": "123456",
"branchName": "MI OFICINA BETTY",
"cityId": "25386",
"city": "LA MESA",
"stateProv": "25",
"depAcctIdTo": {
"acctId": "12321414"
}
}
})seed";

// Consult Owner, success response example.
inline constexpr char ownerResponse[] = R"seed({
"responseType": {
"value": "OK"
},
"trn": {
"personName": {
"fullName": "full name"
},
"depAcctId": {
"acctId": "12321414"
}
}
})seed";

// Consult PILA, request example.
inline constexpr char pilaRequest[] = R"seed({
"trn": {
"transactionHour": "15:37:59",
"trnRqUID": "123456",
"code": "123456789123456",
"depAcctIdTo": {
"acctId": "12321414"
},
"branchName": "MI OFICINA BETTY",
"cityId": "25386",
"city": "LA MESA",
"stateProv": "25",
"depAcctIdFrom": {
"acctId": "12321414"
},
"invoiceInfo": {
"invoiceNum": "12321414",
"identSerialNum": "12321414"
}
}
})seed";

// Consult PILA, success response example.
inline constexpr char pilaResponse[] = R"seed({
"responseType": {
"value": "OK"
},
"trn": {
"approvalId": "",
"invoiceInfo": {
"identSerialNum": "12321414"
},
"validityPeriodInfo": {
"validityPeriod": "12321414"
},
"dueDt": "",
"curAmt": {
"amt": 24
}
}
})seed";

// Sync Data From File, request example: file.binData (a JSON file with CRLF line ends).
inline constexpr char syncDataFileBinData[] =
    "ew0KICAgICJwZXJzb25OYW1lIjogew0KICAgICAgICAiZmlyc3ROYW1lIjogIkRJT05JQ0lPIg0KICAgIH0sDQogICAgImludm9r"
    "ZXIiOiB7DQogICAgICAgICJyZWZUeXBlIjogInJldGFpbCIsDQogICAgICAgICJjaGFubmVsIjogIkNVU1RPTUVSIg0KICAgIH0s"
    "DQogICAgImdvdklzc3VlSWRlbnQiOiB7DQogICAgICAgICJtbmVtb25pYyI6ICJDQzg3ODMxNzIiDQogICAgfSwNCiAgICAiY3Vz"
    "dEluZm8iOiBbDQogICAgICAgIHsNCiAgICAgICAgICAgICJwZXJzb25OYW1lIjogew0KICAgICAgICAgICAgICAgICJmdWxsTmFt"
    "ZSI6ICJESU9OSUNJTyBTQURZIFNVQU5DSEEgVFVUQSIsDQogICAgICAgICAgICAgICAgInRpdGxlUHJlZml4IjogIiIsDQogICAg"
    "ICAgICAgICAgICAgImdlbmRlciI6ICJNIiwNCiAgICAgICAgICAgICAgICAiYmlydGhEdCI6ICIiLA0KICAgICAgICAgICAgICAg"
    "ICJjb3VudHJ5IjogIkNvbG9tYmlhIiwNCiAgICAgICAgICAgICAgICAibGFuZ3VhZ2UiOiAibmwtTkwiDQogICAgICAgICAgICB9"
    "LA0KICAgICAgICAgICAgImNvbnRhY3RJbmZvIjogew0KICAgICAgICAgICAgICAgICJlbWFpbEFkZHIiOiAiQ0M4NzgzMTcyQGJh"
    "bmNvY2FqYXNvY2lhbC5jb20iLA0KICAgICAgICAgICAgICAgICJwaG9uZU51bWJlciI6ICIzNDAwMDAwMDA0Ig0KICAgICAgICAg"
    "ICAgfSwNCiAgICAgICAgICAgICJwb3N0QWRkcmVzcyI6IFsNCiAgICAgICAgICAgICAgICB7DQogICAgICAgICAgICAgICAgICAg"
    "ICJhZGRyMSI6ICJLUiA0IEIgNTIgQiAyMSBTVVIgQ0hBTUJVIiwNCiAgICAgICAgICAgICAgICAgICAgInN0YXRlUHJvdiI6ICJC"
    "VUdBIiwNCiAgICAgICAgICAgICAgICAgICAgImNvdW50cnkiOiAiQ29sb21iaWEiLA0KICAgICAgICAgICAgICAgICAgICAiYWRk"
    "clR5cGUiOiAiSG9tZSIsDQogICAgICAgICAgICAgICAgICAgICJwcmlvcml0eSI6IHRydWUNCiAgICAgICAgICAgICAgICB9DQog"
    "ICAgICAgICAgICBdLA0KICAgICAgICAgICAgInN0cmF0ZWdpZXMiOiB7DQogICAgICAgICAgICAgICAgInN0cmF0ZWd5VHlwZSI6"
    "ICJDUkVBVEVfSU5fSURFTlRJVFkiDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgImFkZGl0aW9uYWxFbWFpbGxBZGRyIjog"
    "Ww0KICAgICAgICAgICAgXSwNCiAgICAgICAgICAgICJhZGRpdGlvbmFsUGhvbmVOdW0iOiBbDQogICAgICAgICAgICAgICAgew0K"
    "ICAgICAgICAgICAgICAgICAgICAicGhvbmVOdW1iZXIiOiAiMzQwMDAwMDAwNCINCiAgICAgICAgICAgICAgICB9DQogICAgICAg"
    "ICAgICBdLA0KICAgICAgICAgICAgImludm9rZXIiOiB7DQogICAgICAgICAgICAgICAgInJvbGUiOiAiUmV0YWlsIFVzZXIgLSBD"
    "T0wiDQogICAgICAgICAgICB9DQogICAgICAgIH0NCiAgICBdLA0KICAgICJsaXN0QWNjb3VudHMiOiBbDQogICAgICAgIHsNCiAg"
    "ICAgICAgICAgICJhY2N0VHlwZSI6ICJTREEiLA0KICAgICAgICAgICAgImV4dGVybmFsSWQiOiAiMjQ1MTc1NzgzOTMtU0RBLUFI"
    "TyIsDQogICAgICAgICAgICAiZGVwQWNjdElkIjogew0KICAgICAgICAgICAgICAgICJhY2N0SWQiOiAiMjQ1MTc1NzgzOTMiDQog"
    "ICAgICAgICAgICB9LA0KICAgICAgICAgICAgImNhcmRBY2N0SWQiOiB7DQogICAgICAgICAgICAgICAgImFjY3RJZCI6ICIiLA0K"
    "ICAgICAgICAgICAgICAgICJsYXN0RGlnaXRzIjogIiINCiAgICAgICAgICAgIH0sDQogICAgICAgICAgICAibmlja25hbWUiOiAi"
    "Q3VlbnRhIGRlIEFob3Jyb3MiLA0KICAgICAgICAgICAgIm5hbWUiOiAiQ3VlbnRhIGRlIEFob3Jyb3MiLA0KICAgICAgICAgICAg"
    "InByb2R1Y3QiOiB7DQogICAgICAgICAgICAgICAgInByb2R1Y3RUeXBlIjogIjI0LTExLTAwIg0KICAgICAgICAgICAgfSwNCiAg"
    "ICAgICAgICAgICJjdXJDb2RlIjogIkNPUCIsDQogICAgICAgICAgICAiYmFua0lkIjogIjMyIiwNCiAgICAgICAgICAgICJ4ZmVy"
    "UmVjIjogew0KICAgICAgICAgICAgICAgICJleHRlcm5hbFhmZXJSZWMiOiB0cnVlLA0KICAgICAgICAgICAgICAgICJpbW1lZGlh"
    "dGVYZmVyIjogZmFsc2UsDQogICAgICAgICAgICAgICAgImZsYWdEZWJpdCI6IHRydWUsDQogICAgICAgICAgICAgICAgImZsYWdD"
    "cmVkaXQiOiB0cnVlDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgImFjY3RCYWwiOiB7DQogICAgICAgICAgICAgICAgImN1"
    "ckNvZGUiOiAiQ09QIiwNCiAgICAgICAgICAgICAgICAiYW10IjogMC4wDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgIkxP"
    "Q0xpbWl0Ijogew0KICAgICAgICAgICAgICAgICJjdXJDb2RlIjogIkNPUCIsDQogICAgICAgICAgICAgICAgImFtdCI6IDAuMA0K"
    "ICAgICAgICAgICAgfSwNCiAgICAgICAgICAgICJvdGhlckluY29tZSI6IHsNCiAgICAgICAgICAgICAgICAiY3VyQ29kZSI6ICJD"
    "T1AiLA0KICAgICAgICAgICAgICAgICJhbXQiOiAwLjANCiAgICAgICAgICAgIH0sDQogICAgICAgICAgICAiY3VyUmF0ZSI6ICIw"
    "IiwNCiAgICAgICAgICAgICJ0ZXJtVW5pdHMiOiAiTW9udGhseSIsDQogICAgICAgICAgICAibWluUG10Q3VyQW10Ijogew0KICAg"
    "ICAgICAgICAgICAgICJhbXQiOiAwLA0KICAgICAgICAgICAgICAgICJkdWVEdCI6ICIiDQogICAgICAgICAgICB9DQogICAgICAg"
    "IH0sDQogICAgICAgIHsNCiAgICAgICAgICAgICJhY2N0VHlwZSI6ICJDQ0EiLA0KICAgICAgICAgICAgImV4dGVybmFsSWQiOiAi"
    "ZjQ2YjI4YWEyOWZjMTZlODE4OTViNzNmNDNkOGIzNWItQ0NBLVRDUiIsDQogICAgICAgICAgICAiZGVwQWNjdElkIjogew0KICAg"
    "ICAgICAgICAgICAgICJhY2N0SWQiOiAiNDg5NDQ0KioqKioqOTg1MCINCiAgICAgICAgICAgIH0sDQogICAgICAgICAgICAiY2Fy"
    "ZEFjY3RJZCI6IHsNCiAgICAgICAgICAgICAgICAiYWNjdElkIjogIjQ4OTQ0NCoqKioqKjk4NTAiLA0KICAgICAgICAgICAgICAg"
    "ICJsYXN0RGlnaXRzIjogIjk4NTAiDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgIm5pY2tuYW1lIjogIlBsYXRpbnVtIiwN"
    "CiAgICAgICAgICAgICJuYW1lIjogIlBsYXRpbnVtIiwNCiAgICAgICAgICAgICJwcm9kdWN0Ijogew0KICAgICAgICAgICAgICAg"
    "ICJwcm9kdWN0VHlwZSI6ICI0ODk0NDQtMDEtMDAiDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgImN1ckNvZGUiOiAiQ09Q"
    "IiwNCiAgICAgICAgICAgICJiYW5rSWQiOiAiIiwNCiAgICAgICAgICAgICJ4ZmVyUmVjIjogew0KICAgICAgICAgICAgICAgICJl"
    "eHRlcm5hbFhmZXJSZWMiOiBmYWxzZSwNCiAgICAgICAgICAgICAgICAiaW1tZWRpYXRlWGZlciI6IGZhbHNlLA0KICAgICAgICAg"
    "ICAgICAgICJmbGFnRGViaXQiOiBmYWxzZSwNCiAgICAgICAgICAgICAgICAiZmxhZ0NyZWRpdCI6IGZhbHNlDQogICAgICAgICAg"
    "ICB9LA0KICAgICAgICAgICAgImFjY3RCYWwiOiB7DQogICAgICAgICAgICAgICAgImN1ckNvZGUiOiAiQ09QIiwNCiAgICAgICAg"
    "ICAgICAgICAiYW10IjogMC4wDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgIkxPQ0xpbWl0Ijogew0KICAgICAgICAgICAg"
    "ICAgICJjdXJDb2RlIjogIkNPUCIsDQogICAgICAgICAgICAgICAgImFtdCI6IDAuMA0KICAgICAgICAgICAgfSwNCiAgICAgICAg"
    "ICAgICJvdGhlckluY29tZSI6IHsNCiAgICAgICAgICAgICAgICAiY3VyQ29kZSI6ICJDT1AiLA0KICAgICAgICAgICAgICAgICJh"
    "bXQiOiAwLjANCiAgICAgICAgICAgIH0sDQogICAgICAgICAgICAiY3VyUmF0ZSI6ICIwIiwNCiAgICAgICAgICAgICJ0ZXJtVW5p"
    "dHMiOiAiTW9udGhseSIsDQogICAgICAgICAgICAibWluUG10Q3VyQW10Ijogew0KICAgICAgICAgICAgICAgICJhbXQiOiAwLA0K"
    "ICAgICAgICAgICAgICAgICJkdWVEdCI6ICIyMDIzLTA5LTE4Ig0KICAgICAgICAgICAgfQ0KICAgICAgICB9LA0KICAgICAgICB7"
    "DQogICAgICAgICAgICAiYWNjdFR5cGUiOiAiQ0NBIiwNCiAgICAgICAgICAgICJleHRlcm5hbElkIjogImY0NmIyOGFhMjlmYzE2"
    "ZTgxYTk0YmQzZDRmZDliMDU4LUNDQS1UQ1IiLA0KICAgICAgICAgICAgImRlcEFjY3RJZCI6IHsNCiAgICAgICAgICAgICAgICAi"
    "YWNjdElkIjogIjQ4OTQ0NCoqKioqKjU5NjMiDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgImNhcmRBY2N0SWQiOiB7DQog"
    "ICAgICAgICAgICAgICAgImFjY3RJZCI6ICI0ODk0NDQqKioqKio1OTYzIiwNCiAgICAgICAgICAgICAgICAibGFzdERpZ2l0cyI6"
    "ICI1OTYzIg0KICAgICAgICAgICAgfSwNCiAgICAgICAgICAgICJuaWNrbmFtZSI6ICJQbGF0aW51bSIsDQogICAgICAgICAgICAi"
    "bmFtZSI6ICJQbGF0aW51bSIsDQogICAgICAgICAgICAicHJvZHVjdCI6IHsNCiAgICAgICAgICAgICAgICAicHJvZHVjdFR5cGUi"
    "OiAiNDg5NDQ0LTAxLTAwIg0KICAgICAgICAgICAgfSwNCiAgICAgICAgICAgICJjdXJDb2RlIjogIkNPUCIsDQogICAgICAgICAg"
    "ICAiYmFua0lkIjogIiIsDQogICAgICAgICAgICAieGZlclJlYyI6IHsNCiAgICAgICAgICAgICAgICAiZXh0ZXJuYWxYZmVyUmVj"
    "IjogZmFsc2UsDQogICAgICAgICAgICAgICAgImltbWVkaWF0ZVhmZXIiOiBmYWxzZSwNCiAgICAgICAgICAgICAgICAiZmxhZ0Rl"
    "Yml0IjogZmFsc2UsDQogICAgICAgICAgICAgICAgImZsYWdDcmVkaXQiOiBmYWxzZQ0KICAgICAgICAgICAgfSwNCiAgICAgICAg"
    "ICAgICJhY2N0QmFsIjogew0KICAgICAgICAgICAgICAgICJjdXJDb2RlIjogIkNPUCIsDQogICAgICAgICAgICAgICAgImFtdCI6"
    "IDAuMA0KICAgICAgICAgICAgfSwNCiAgICAgICAgICAgICJMT0NMaW1pdCI6IHsNCiAgICAgICAgICAgICAgICAiY3VyQ29kZSI6"
    "ICJDT1AiLA0KICAgICAgICAgICAgICAgICJhbXQiOiAwLjANCiAgICAgICAgICAgIH0sDQogICAgICAgICAgICAib3RoZXJJbmNv"
    "bWUiOiB7DQogICAgICAgICAgICAgICAgImN1ckNvZGUiOiAiQ09QIiwNCiAgICAgICAgICAgICAgICAiYW10IjogMC4wDQogICAg"
    "ICAgICAgICB9LA0KICAgICAgICAgICAgImN1clJhdGUiOiAiMCIsDQogICAgICAgICAgICAidGVybVVuaXRzIjogIk1vbnRobHki"
    "LA0KICAgICAgICAgICAgIm1pblBtdEN1ckFtdCI6IHsNCiAgICAgICAgICAgICAgICAiYW10IjogMCwNCiAgICAgICAgICAgICAg"
    "ICAiZHVlRHQiOiAiMjAyMy0wOS0xOCINCiAgICAgICAgICAgIH0NCiAgICAgICAgfSwNCiAgICAgICAgew0KICAgICAgICAgICAg"
    "ImFjY3RUeXBlIjogIklMQSIsDQogICAgICAgICAgICAiZXh0ZXJuYWxJZCI6ICIzMzUwNTA4OTE5Ny1JTEEtQ0FSIiwNCiAgICAg"
    "ICAgICAgICJkZXBBY2N0SWQiOiB7DQogICAgICAgICAgICAgICAgImFjY3RJZCI6ICIzMzUwNTA4OTE5NyINCiAgICAgICAgICAg"
    "IH0sDQogICAgICAgICAgICAiY2FyZEFjY3RJZCI6IHsNCiAgICAgICAgICAgICAgICAiYWNjdElkIjogIiIsDQogICAgICAgICAg"
    "ICAgICAgImxhc3REaWdpdHMiOiAiIg0KICAgICAgICAgICAgfSwNCiAgICAgICAgICAgICJuaWNrbmFtZSI6ICJNaWNyb2Nyw6lk"
    "aXRvIiwNCiAgICAgICAgICAgICJuYW1lIjogIk1pY3JvY3LDqWRpdG8iLA0KICAgICAgICAgICAgInByb2R1Y3QiOiB7DQogICAg"
    "ICAgICAgICAgICAgInByb2R1Y3RUeXBlIjogIjMzLTA5LTQ5Ig0KICAgICAgICAgICAgfSwNCiAgICAgICAgICAgICJjdXJDb2Rl"
    "IjogIkNPUCIsDQogICAgICAgICAgICAiYmFua0lkIjogIiIsDQogICAgICAgICAgICAieGZlclJlYyI6IHsNCiAgICAgICAgICAg"
    "ICAgICAiZXh0ZXJuYWxYZmVyUmVjIjogZmFsc2UsDQogICAgICAgICAgICAgICAgImltbWVkaWF0ZVhmZXIiOiBmYWxzZSwNCiAg"
    "ICAgICAgICAgICAgICAiZmxhZ0RlYml0IjogZmFsc2UsDQogICAgICAgICAgICAgICAgImZsYWdDcmVkaXQiOiBmYWxzZQ0KICAg"
    "ICAgICAgICAgfSwNCiAgICAgICAgICAgICJhY2N0QmFsIjogew0KICAgICAgICAgICAgICAgICJjdXJDb2RlIjogIkNPUCIsDQog"
    "ICAgICAgICAgICAgICAgImFtdCI6IDAuMA0KICAgICAgICAgICAgfSwNCiAgICAgICAgICAgICJMT0NMaW1pdCI6IHsNCiAgICAg"
    "ICAgICAgICAgICAiY3VyQ29kZSI6ICJDT1AiLA0KICAgICAgICAgICAgICAgICJhbXQiOiAwLjANCiAgICAgICAgICAgIH0sDQog"
    "ICAgICAgICAgICAib3RoZXJJbmNvbWUiOiB7DQogICAgICAgICAgICAgICAgImN1ckNvZGUiOiAiQ09QIiwNCiAgICAgICAgICAg"
    "ICAgICAiYW10IjogMC4wDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgImN1clJhdGUiOiAiMCIsDQogICAgICAgICAgICAi"
    "dGVybVVuaXRzIjogIiIsDQogICAgICAgICAgICAibWluUG10Q3VyQW10Ijogew0KICAgICAgICAgICAgICAgICJhbXQiOiAwLA0K"
    "ICAgICAgICAgICAgICAgICJkdWVEdCI6ICIiDQogICAgICAgICAgICB9DQogICAgICAgIH0NCiAgICBdDQp9"
    ;

} // namespace AccountSeedExamples
