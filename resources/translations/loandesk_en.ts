<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was written: the database is as it was.&lt;/b&gt;&lt;br&gt;The folder %1 has %n problem(s). Correct them in the files (each line says FILE:LINE: column: what is wrong) and import the folder again.</source>
        <translation>
            <numerusform>&lt;b&gt;Nothing was written: the database is as it was.&lt;/b&gt;&lt;br&gt;The folder %1 has %n problem. Correct it in the file (each line says FILE:LINE: column: what is wrong) and import the folder again.</numerusform>
            <numerusform>&lt;b&gt;Nothing was written: the database is as it was.&lt;/b&gt;&lt;br&gt;The folder %1 has %n problems. Correct them in the files (each line says FILE:LINE: column: what is wrong) and import the folder again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message numerus="yes">
        <source>%n borrower(s) match: choose one from the list.</source>
        <translation>
            <numerusform>%n borrower matches: choose one from the list.</numerusform>
            <numerusform>%n borrowers match: choose one from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s), total %1 đồng; difference from the amount: %2 đồng</source>
        <translation>
            <numerusform>%n installment, total %1 đồng; difference from the amount: %2 đồng</numerusform>
            <numerusform>%n installments, total %1 đồng; difference from the amount: %2 đồng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s)), %3</source>
        <translation>
            <numerusform>%1 to %2 (%n month), %3</numerusform>
            <numerusform>%1 to %2 (%n months), %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed (%n check(s), no violation)</source>
        <translation>
            <numerusform>passed (%n check, no violation)</numerusform>
            <numerusform>passed (%n checks, no violation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s): %1</source>
        <translation>
            <numerusform>%n violation: %1</numerusform>
            <numerusform>%n violations: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionDayDialog</name>
    <message numerus="yes">
        <source>%1 on %2: %n member(s) to collect from</source>
        <translation>
            <numerusform>%1 on %2: %n member to collect from</numerusform>
            <numerusform>%1 on %2: %n members to collect from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n repayment(s)</source>
        <translation>
            <numerusform>Saved %n repayment</numerusform>
            <numerusform>Saved %n repayments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n savings entry(ies)</source>
        <translation>
            <numerusform> and %n savings entry</numerusform>
            <numerusform> and %n savings entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionDayModel</name>
    <message numerus="yes">
        <source>Total %1 (%n member(s))</source>
        <translation>
            <numerusform>Total %1 (%n member)</numerusform>
            <numerusform>Total %1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interest proposed: %1 (%n day(s) from %2)</source>
        <translation>
            <numerusform>Interest proposed: %1 (%n day from %2)</numerusform>
            <numerusform>Interest proposed: %1 (%n days from %2)</numerusform>
        </translation>
    </message>
</context>
</TS>
