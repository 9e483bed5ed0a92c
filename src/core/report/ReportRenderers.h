#pragma once

#include "ReportTable.h"

#include <QByteArray>

/// Renders a report table in the machine-readable forms of cli.md.
namespace ReportRenderers {

/// The CSV form: header, one line per key, then TOTAL; UTF-8, LF line ends, no byte-order mark.
QByteArray toCsv(const ReportTable& table);
/// The JSON form: report, period, breakdown, columns, rows and total; amounts as integers of đồng and the
/// ratio as a number with two decimals.
QByteArray toJson(const ReportTable& table);

} // namespace ReportRenderers
