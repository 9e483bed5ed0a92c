<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) found</source>
        <translation>
            <numerusform>nothing was imported: %n problem found</numerusform>
            <numerusform>nothing was imported: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>check found %n violation(s)</source>
        <translation>
            <numerusform>check found %n violation</numerusform>
            <numerusform>check found %n violations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioCheck</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
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
</TS>
