#pragma once

#include "Result.h"
#include "service/PortfolioService.h"
#include "service/PostingBatch.h"

#include <functional>

class Database;

/// Imports the folder @p directory through @p service in parts of about @p partBytes of its data files
/// (PortfolioService::postInParts), holding one part in memory at a time. The folder is read before the write
/// lock is taken.
///
/// Part 0 holds the communes and groups. The borrowers are dealt into the other parts in file order, a run of
/// neighbours in each (they share groups and communes, so each part touches few kept cells), and every row
/// that hangs on a borrower or on one of their loans goes to the borrower's part: the rules over all the rows
/// of one loan or one borrower see them together. A repeated borrower id or loan number goes with its first
/// row, so the rules of that part name the repeat as one batch would. A repeated ID number or entry number
/// can fall in two parts: the first reading notes each compactly, and a second reading, only when one may
/// repeat, finds the first row, which the key checks of the repeating row's part are told of. Entries without
/// a number are numbered in file order from above every number stored or given. Each part's rows wait in a
/// temporary file of their own.
///
/// @p proceed is told how many of the data files have been read; false cancels, and @p cancelled is then
/// true. Returns what PortfolioService::postInParts returns.
Result<PostingCounts> postFolderInParts(PortfolioService& service, Database& database,
                                        const QString& directory, qint64 partBytes,
                                        const PortfolioService::ImportSource& source,
                                        const std::function<bool(int)>& proceed, bool& cancelled);
