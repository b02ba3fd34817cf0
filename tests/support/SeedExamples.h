#pragma once

// Examples printed in the seed documents, kept once for every suite that
// compares against them.
namespace SeedExamples {

// customers-management "Check Basic Customer Information" v4 response, as the
// seed prints it (CC 1234567890, JEIMY VANESSA INTENCIPA BONILLA).
inline constexpr char basicDataV4Response[] = R"({
"responseType": {
"value": "OK"
},
"personInfo": {
"govIssueIdent": {
"govIssueIdentType": "CC",
"identSerialNum": "1234567890"
},
"fullName": "JEIMY VANESSA INTENCIPA BONILLA",
"cellPhone": "1234567890",
"personName": {
"firstName": "JEIMY",
"middleName": "VANESSA",
"lastName": "INTENCIPA",
"secondLastName": "BONILLA"
},
"createDt":"2003-02-22",
"upDt": "2010-09-26",
"personType":"54",
"sarlaDt":"2010-02-10",
"deceasedDt":"",
"birthDt":"1967-08-27",
"contactInfo":{
"emailAddr":"prueba11@fs.net",
"cellPhone":"3200000002"
},
"flagAlert":"N",
"flagExist":"s/",
"status": "",
"postAddr":[
{
"postalCode": "2439966",
"addrType": "03",
"addr1": "CL 9 A SUR 1 74 ESTE",
"stateProv":"63000",
"cityId":"63401"
}
]
}
})";;

} // namespace SeedExamples
