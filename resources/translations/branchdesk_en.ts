<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateViewer</name>
    <message numerus="yes">
        <source>of %n page(s)</source>
        <translation>
            <numerusform>of %n page</numerusform>
            <numerusform>of %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChallengeQuestion</name>
    <message numerus="yes">
        <source>Enter exactly %n digit(s).</source>
        <translation>
            <numerusform>Enter exactly %n digit.</numerusform>
            <numerusform>Enter exactly %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChallengeQuestionWidget</name>
    <message numerus="yes">
        <source>Answer: %n digit(s).</source>
        <translation>
            <numerusform>Answer: %n digit.</numerusform>
            <numerusform>Answer: %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer: %n character(s).</source>
        <translation>
            <numerusform>Answer: %n character.</numerusform>
            <numerusform>Answer: %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DigitalBankIntakeForm</name>
    <message numerus="yes">
        <source>Send %1 (%2 %3) with %n product(s) to the digital bank: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterableTable</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneralProductsForm</name>
    <message numerus="yes">
        <source>%n plan(s) offered: choose one, then continue with Next.</source>
        <translation>
            <numerusform>%n plan offered: choose it, then continue with Next.</numerusform>
            <numerusform>%n plans offered: choose one, then continue with Next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeFileTab</name>
    <message numerus="yes">
        <source>The file is ready to send: %1, %n product(s), %2 kB.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); fix them and check again. Nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalViewerForm</name>
    <message numerus="yes">
        <source>%n row(s) match the filter.</source>
        <translation>
            <numerusform>%n row matches the filter.</numerusform>
            <numerusform>%n rows match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal intact (%n row(s) verified).</source>
        <translation>
            <numerusform>Journal intact (%n row verified).</numerusform>
            <numerusform>Journal intact (%n rows verified).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1. Identity numbers are masked.</source>
        <translation>
            <numerusform>%n row exported to %1. Identity numbers are masked.</numerusform>
            <numerusform>%n rows exported to %1. Identity numbers are masked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifeInsuranceForm</name>
    <message numerus="yes">
        <source>%n plan(s) offered. Choose one by clicking its column.</source>
        <translation>
            <numerusform>%n plan offered. Choose one by clicking its column.</numerusform>
            <numerusform>%n plans offered. Choose one by clicking its column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message numerus="yes">
        <source>%n field(s) need attention before the customer can be created.</source>
        <translation>
            <numerusform>%n field needs attention before the customer can be created.</numerusform>
            <numerusform>%n fields need attention before the customer can be created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObpCustomerDetailPane</name>
    <message numerus="yes">
        <source>%n dependant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneTimeCodesForm</name>
    <message numerus="yes">
        <source>Read the OTP to the customer now. It is shown once and disappears in %n second(s).</source>
        <translation>
            <numerusform>Read the OTP to the customer now. It is shown once and disappears in %n second.</numerusform>
            <numerusform>Read the OTP to the customer now. It is shown once and disappears in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
