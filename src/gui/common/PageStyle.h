#pragma once

class QLabel;

/// The look of the heading every page shares: a bold title, the scope beside it in grey, and where the page
/// has them the hint under its table in lighter grey and the restriction to a clicked figure as a blue tag.
namespace PageStyle {

void apply(QLabel* title, QLabel* scope, QLabel* hint = nullptr, QLabel* restriction = nullptr);

} // namespace PageStyle
