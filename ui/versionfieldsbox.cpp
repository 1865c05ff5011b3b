#include "versionfieldsbox.h"

#include "engine/forecastvalidation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>

#include <algorithm>

namespace planbridge::ui {
namespace {

constexpr QLatin1String KeyBucket("openVersion/bucket");
constexpr QLatin1String KeyAsOfOverride("openVersion/asOfOverride");
constexpr QLatin1String KeyAsOf("openVersion/asOf");
constexpr QLatin1String KeyVersionId("openVersion/versionId");
constexpr QLatin1String KeyPriority("openVersion/priority");

std::optional<std::string> chosen(const QString &value)
{
    return value.isEmpty() ? std::nullopt : std::optional<std::string>(value.toStdString());
}

void selectData(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

VersionFieldsBox::VersionFieldsBox(QWidget *parent)
    : QGroupBox(tr("Version fields"), parent)
{
    setObjectName(QStringLiteral("versionFieldsGroup"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const int fieldWidth = fontMetrics().averageCharWidth() * 26;

    m_bucketCombo = new QComboBox;
    m_bucketCombo->setObjectName(QStringLiteral("bucketCombo"));
    m_bucketCombo->addItem(tr("From file"), QString());
    m_bucketCombo->addItem(tr("Day"), QStringLiteral("day"));
    m_bucketCombo->addItem(tr("Week"), QStringLiteral("week"));
    m_bucketCombo->addItem(tr("Month"), QStringLiteral("month"));
    m_bucketCombo->setPlaceholderText(tr("Choose…"));
    m_bucketCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bucketCombo->setMinimumWidth(fieldWidth);
    form->addRow(tr("&Bucket:"), m_bucketCombo);

    m_asOfLabel = new QLabel(tr("&As of:"));
    form->addRow(m_asOfLabel, createAsOfRow());
    m_asOfLabel->setBuddy(m_asOfFromFile);

    m_versionIdEdit = new QLineEdit;
    m_versionIdEdit->setObjectName(QStringLiteral("versionIdEdit"));
    m_versionIdEdit->setMinimumWidth(fieldWidth);
    form->addRow(tr("Version &id:"), m_versionIdEdit);

    m_priorityCombo = new QComboBox;
    m_priorityCombo->setObjectName(QStringLiteral("priorityCombo"));
    m_priorityCombo->addItem(tr("From file"), QString());
    m_priorityCombo->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priorityCombo->addItem(tr("High"), QStringLiteral("high"));
    m_priorityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its first item is renamed
    m_priorityCombo->setMinimumWidth(fieldWidth);
    form->addRow(tr("&Priority:"), m_priorityCombo);

    connect(m_bucketCombo, &QComboBox::currentIndexChanged, this, &VersionFieldsBox::changed);
}

VersionFieldsBox::~VersionFieldsBox() = default;

QWidget *VersionFieldsBox::createAsOfRow()
{
    m_asOfFromFile = new QRadioButton(tr("From file"));
    m_asOfFromFile->setObjectName(QStringLiteral("asOfFromFileRadio"));
    m_asOfFromFile->setChecked(true);
    m_asOfOverride = new QRadioButton(tr("&Date:"));
    m_asOfOverride->setObjectName(QStringLiteral("asOfOverrideRadio"));
    m_asOfEdit = new QDateEdit(QDate::currentDate());
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setCalendarPopup(true);
    // The engine, the files and the summary all write dates as ISO 8601.
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfEdit->setEnabled(false);
    // Its size hint leaves no room for the popup's arrow next to the date.
    m_asOfEdit->setMinimumWidth(m_asOfEdit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88"))
                                + style()->pixelMetric(QStyle::PM_ScrollBarExtent) * 2 + 12);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_asOfFromFile);
    layout->addSpacing(12);
    layout->addWidget(m_asOfOverride);
    layout->addWidget(m_asOfEdit);
    layout->addStretch(1);
    connect(m_asOfOverride, &QRadioButton::toggled, this, [this](bool on) {
        m_asOfEdit->setEnabled(on);
        if (on && m_asOfOverride->hasFocus())
            m_asOfEdit->setFocus();
        emit changed();
    });
    return row;
}

// "From file" goes where it would leave a required field empty; the user's own choices stay.
void VersionFieldsBox::setCsv(bool csv)
{
    m_csv = csv;
    const bool hasFromFile = m_bucketCombo->itemData(0).toString().isEmpty();
    if (csv && hasFromFile) {
        const bool wasFromFile = m_bucketCombo->currentIndex() == 0;
        m_bucketCombo->removeItem(0);
        if (wasFromFile)
            m_bucketCombo->setCurrentIndex(-1);
    } else if (!csv && !hasFromFile) {
        m_bucketCombo->insertItem(0, tr("From file"), QString());
        if (m_bucketCombo->currentIndex() < 0)
            m_bucketCombo->setCurrentIndex(0);
    }
    if (csv && m_asOfFromFile->isChecked()) {
        // Neither choice is made until the user picks the date.
        m_asOfFromFile->setAutoExclusive(false);
        m_asOfFromFile->setChecked(false);
        m_asOfFromFile->setAutoExclusive(true);
    } else if (!csv && !m_asOfOverride->isChecked()) {
        m_asOfFromFile->setChecked(true);
    }
    m_asOfFromFile->setEnabled(!csv);
    m_asOfLabel->setBuddy(csv ? m_asOfOverride : m_asOfFromFile); // a disabled buddy takes no focus
    // Without version fields, a field left alone has no value.
    m_priorityCombo->setItemText(0, csv ? tr("Default (normal)") : tr("From file"));
    m_versionIdEdit->setPlaceholderText(csv ? tr("None") : tr("From file"));
    emit changed();
}

bool VersionFieldsBox::isComplete() const
{
    return !m_csv || (!m_bucketCombo->currentData().toString().isEmpty() && m_asOfOverride->isChecked());
}

VersionOverrides VersionFieldsBox::overrides() const
{
    VersionOverrides overrides;
    overrides.bucket = chosen(m_bucketCombo->currentData().toString());
    if (m_asOfOverride->isChecked())
        overrides.asOf = m_asOfEdit->date().toString(Qt::ISODate).toStdString();
    overrides.versionId = chosen(m_versionIdEdit->text().trimmed());
    overrides.priority = chosen(m_priorityCombo->currentData().toString());
    return overrides;
}

void VersionFieldsBox::restore(const QSettings &settings)
{
    const bool csv = m_csv;
    setCsv(false); // every choice on offer
    selectData(m_bucketCombo, settings.value(KeyBucket).toString());
    const QDate asOf = QDate::fromString(settings.value(KeyAsOf).toString(), Qt::ISODate);
    if (asOf.isValid())
        m_asOfEdit->setDate(asOf);
    (settings.value(KeyAsOfOverride).toBool() ? m_asOfOverride : m_asOfFromFile)->setChecked(true);
    m_versionIdEdit->setText(settings.value(KeyVersionId).toString());
    selectData(m_priorityCombo, settings.value(KeyPriority).toString());
    setCsv(csv);
}

void VersionFieldsBox::save(QSettings &settings) const
{
    settings.setValue(KeyBucket, m_bucketCombo->currentData().toString());
    settings.setValue(KeyAsOfOverride, m_asOfOverride->isChecked());
    settings.setValue(KeyAsOf, m_asOfEdit->date().toString(Qt::ISODate));
    settings.setValue(KeyVersionId, m_versionIdEdit->text().trimmed());
    settings.setValue(KeyPriority, m_priorityCombo->currentData().toString());
}

} // namespace planbridge::ui
