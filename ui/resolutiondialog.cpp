#include "resolutiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace planbridge::ui {
namespace {

QLineEdit *field(QWidget *parent, const QString &name, const QString &text = {})
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

ResolutionDialog::ResolutionDialog(ResolutionDraft::Kind kind, const RejectSelection &selection, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_selection(selection)
    , m_reason(field(this, QStringLiteral("resolutionReason")))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("resolutionDialog"));
    auto *form = new QFormLayout;
    const QString firstValue = selection.values.value(0);
    QString what;
    switch (kind) {
    case ResolutionDraft::CodeMap:
        setWindowTitle(tr("Map codes"));
        what = tr("Every row of this version that uses one of these codes will use the canonical code instead.");
        m_codeKind = new QComboBox(this);
        m_codeKind->setObjectName(QStringLiteral("resolutionCodeKind"));
        m_codeKind->addItem(tr("Item codes"));
        m_codeKind->addItem(tr("Location codes"));
        m_codeKind->setCurrentIndex(selection.field == QStringLiteral("location") ? 1 : 0);
        m_sources = field(this, QStringLiteral("resolutionSources"), selection.values.join(QStringLiteral(", ")));
        m_target = field(this, QStringLiteral("resolutionTarget"));
        form->addRow(tr("Codes of:"), m_codeKind);
        form->addRow(tr("&Map these codes:"), m_sources);
        form->addRow(tr("&To the canonical code:"), m_target);
        break;
    case ResolutionDraft::UnitConversion:
        setWindowTitle(tr("Convert units"));
        what = tr("1 unit of “from” is “factor” units of “to”, for one item or every item (*).");
        m_item = field(this, QStringLiteral("resolutionItem"), QStringLiteral("*"));
        m_from = field(this, QStringLiteral("resolutionFrom"), firstValue);
        m_target = field(this, QStringLiteral("resolutionTarget"));
        m_factor = field(this, QStringLiteral("resolutionFactor"));
        form->addRow(tr("&Item:"), m_item);
        form->addRow(tr("&From unit:"), m_from);
        form->addRow(tr("&To unit:"), m_target);
        form->addRow(tr("&Factor:"), m_factor);
        break;
    case ResolutionDraft::Exclude:
        setWindowTitle(tr("Exclude rows"));
        what = tr("The selected rows (%1) will be left out of the version. They keep their numbers, so lineage "
                  "still points at the input as it came in.")
                   .arg(selection.rows.size());
        break;
    case ResolutionDraft::FixField:
        setWindowTitle(tr("Fix a field"));
        what = tr("Replace one field of row %1 for this version.").arg(selection.rows.value(0));
        m_field = new QComboBox(this);
        m_field->setObjectName(QStringLiteral("resolutionField"));
        for (const char *name : { "item", "location", "channel", "bucket_start", "quantity", "uom" })
            m_field->addItem(QString::fromLatin1(name));
        m_field->setCurrentText(selection.field);
        m_target = field(this, QStringLiteral("resolutionTarget"), firstValue);
        form->addRow(tr("F&ield:"), m_field);
        form->addRow(tr("New &value:"), m_target);
        break;
    }
    form->addRow(tr("&Reason:"), m_reason);
    m_reason->setPlaceholderText(tr("Why, for the audit trail (required)"));
    auto *explanation = new QLabel(what, this);
    explanation->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("resolutionError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply and re-validate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolutionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolutionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ResolutionDraft ResolutionDialog::draft() const
{
    ResolutionDraft d;
    d.kind = m_kind;
    d.reason = m_reason->text().trimmed();
    d.rows = m_selection.rows;
    d.row = m_selection.rows.value(0);
    switch (m_kind) {
    case ResolutionDraft::CodeMap:
        d.locationCodes = m_codeKind->currentIndex() == 1;
        for (const QString &code : m_sources->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!code.trimmed().isEmpty() && !d.sources.contains(code.trimmed()))
                d.sources.append(code.trimmed());
        }
        d.canonical = m_target->text().trimmed();
        break;
    case ResolutionDraft::UnitConversion:
        d.item = m_item->text().trimmed();
        d.from = m_from->text().trimmed();
        d.to = m_target->text().trimmed();
        d.factor = m_factor->text().trimmed();
        break;
    case ResolutionDraft::Exclude:
        break;
    case ResolutionDraft::FixField:
        d.field = m_field->currentText();
        d.value = m_target->text();
        break;
    }
    return d;
}

void ResolutionDialog::accept()
{
    const ResolutionDraft d = draft();
    QString problem;
    if (d.reason.isEmpty())
        problem = tr("Give a reason: every resolution is recorded with who, when and why.");
    else if (d.kind == ResolutionDraft::CodeMap && (d.sources.isEmpty() || d.canonical.isEmpty()))
        problem = tr("Name the codes to map and the canonical code.");
    else if (d.kind == ResolutionDraft::UnitConversion && (d.from.isEmpty() || d.to.isEmpty() || d.factor.isEmpty()))
        problem = tr("Name both units and the factor.");
    else if (d.kind == ResolutionDraft::Exclude && d.rows.isEmpty())
        problem = tr("Select the rows to exclude first.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace planbridge::ui
