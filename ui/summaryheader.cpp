#include "summaryheader.h"

#include "domain/validationresult.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace planbridge::ui {
namespace {

const char *const ObjectNames[SummaryHeader::NumFigures] = {
    "summaryVersion", "summaryAsOf",      "summaryRowsIn",         "summaryAccepted",
    "summaryRejected", "summaryRecordsOut", "summaryAcceptanceRate",
};

} // namespace

SummaryHeader::SummaryHeader(QWidget *parent)
    : QWidget(parent)
{
    const QString captions[NumFigures] = {
        tr("Version"), tr("As of"), tr("Rows in"), tr("Accepted"), tr("Rejected"), tr("ERP records out"),
        tr("Acceptance rate"),
    };
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(28);
    layout->setVerticalSpacing(0);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.35);
    valueFont.setWeight(QFont::DemiBold);
    for (int i = 0; i < NumFigures; ++i) {
        m_captions[i] = new QLabel(captions[i], this);
        m_values[i] = new QLabel(QStringLiteral("–"), this);
        m_values[i]->setObjectName(QLatin1String(ObjectNames[i]));
        m_values[i]->setFont(valueFont);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const Qt::Alignment alignment = i >= RowsIn ? Qt::AlignRight : Qt::AlignLeft;
        m_captions[i]->setAlignment(alignment | Qt::AlignBottom);
        m_values[i]->setAlignment(alignment | Qt::AlignVCenter);
        layout->addWidget(m_captions[i], 0, i);
        layout->addWidget(m_values[i], 1, i);
    }
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("summarySource"));
    m_source->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_source, 2, 0, 1, NumFigures);
    layout->setColumnStretch(NumFigures, 1);
    layout->addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding), 0, NumFigures);
    applyPalette();
}

void SummaryHeader::setResult(const ValidationResultPtr &result, const QString &sourceLabel)
{
    if (!result) {
        for (QLabel *value : m_values)
            value->setText(QStringLiteral("–"));
        m_source->clear();
        return;
    }
    const QLocale locale;
    const auto rejected = static_cast<qulonglong>(result->rejects.size());
    m_values[Version]->setText(result->versionId ? toQString(*result->versionId) : tr("(no id)"));
    m_values[AsOf]->setText(toQString(result->asOf.toString()));
    m_values[RowsIn]->setText(locale.toString(qulonglong(result->rowsIn)));
    m_values[Accepted]->setText(locale.toString(qulonglong(result->rowsAccepted)));
    m_values[Rejected]->setText(locale.toString(rejected));
    m_values[RecordsOut]->setText(locale.toString(qulonglong(result->accepted.size())));
    if (result->rowsIn == 0) {
        m_values[AcceptanceRate]->setText(QStringLiteral("–"));
    } else {
        const double rate = 100.0 * static_cast<double>(result->rowsAccepted) / static_cast<double>(result->rowsIn);
        m_values[AcceptanceRate]->setText(tr("%1 %").arg(locale.toString(rate, 'f', 1)));
    }
    m_source->setText(tr("Source: %1").arg(sourceLabel));
}

QString SummaryHeader::figureText(Figure figure) const
{
    return m_values[figure]->text();
}

void SummaryHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void SummaryHeader::applyPalette()
{
    // Captions recede: the placeholder colour is the palette's own muted text colour.
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    for (QLabel *caption : m_captions)
        caption->setPalette(muted);
    m_source->setPalette(muted);
}

} // namespace planbridge::ui
