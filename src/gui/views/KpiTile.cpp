#include "KpiTile.h"

#include "ui_KpiTile.h"

KpiTile::KpiTile(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::KpiTile>())
    , m_accent(0x2f, 0x6f, 0xa7)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(9);
    m_ui->titleLabel->setFont(title);
    QFont value = m_ui->valueLabel->font();
    value.setPointSizeF(15.5);
    value.setBold(true);
    m_ui->valueLabel->setFont(value);
    QFont detail = m_ui->detailLabel->font();
    detail.setPointSizeF(8);
    m_ui->detailLabel->setFont(detail);
    // One line per comparison, never broken: the tile is as high as its lines (a word-wrapped label asks
    // for less height than it takes, and the tile cut its last line).
    m_ui->detailLabel->setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never lower than its lines
    applyStyle();
}

KpiTile::~KpiTile() = default;

void KpiTile::setTitle(const QString& title)
{
    m_ui->titleLabel->setText(title);
}

void KpiTile::setValue(const QString& value)
{
    m_ui->valueLabel->setText(value);
}

void KpiTile::setDetail(const QString& detail)
{
    m_ui->detailLabel->setText(detail);
}

void KpiTile::setAccent(const QColor& colour)
{
    m_accent = colour;
    applyStyle();
}

QString KpiTile::title() const
{
    return m_ui->titleLabel->text();
}

QString KpiTile::value() const
{
    return m_ui->valueLabel->text();
}

QString KpiTile::detail() const
{
    return m_ui->detailLabel->text();
}

void KpiTile::applyStyle()
{
    setStyleSheet(
        QStringLiteral("KpiTile { background: #ffffff; border: 1px solid #dfe5ec; border-left: 4px solid %1;"
                       " border-radius: 3px; }"
                       "QLabel#titleLabel { color: #4a5765; }"
                       "QLabel#valueLabel { color: #16212c; }"
                       "QLabel#detailLabel { color: #4a5765; }")
            .arg(m_accent.name()));
}
