#include "openversiondialog.h"

#include "consolesettings.h"
#include "validationrequest.h"
#include "versionfieldsbox.h"

#include "io/forecastreader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace planbridge::ui {
namespace {

constexpr QLatin1String KeyDirectory("paths/lastDirectory");
constexpr QLatin1String KeyGeometry("openVersion/geometry");
constexpr QLatin1String KeyMaster("openVersion/masterPath");
constexpr QLatin1String KeyVersion("openVersion/versionPath");

// The engine's own rule: a .json/.csv name decides, otherwise the first non-blank byte, which the
// first 64 KiB of a version always hold. An unreadable file is not CSV: nothing is required yet.
bool readsAsCsv(const QString &path)
{
    QByteArray head;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return false;
        head = file.read(64 * 1024);
    }
    const std::string name = QFile::encodeName(path).toStdString();
    return detectInputFormat(name, std::string_view(head.constData(), std::size_t(head.size()))) == InputFormat::Csv;
}

} // namespace

OpenVersionDialog::OpenVersionDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openVersionDialog"));
    setWindowTitle(tr("Open forecast version"));

    m_masterEdit = new QLineEdit;
    m_masterEdit->setObjectName(QStringLiteral("masterPathEdit"));
    m_masterEdit->setPlaceholderText(tr("Master data JSON file"));
    m_versionEdit = new QLineEdit;
    m_versionEdit->setObjectName(QStringLiteral("versionPathEdit"));
    m_versionEdit->setPlaceholderText(tr("Forecast version, JSON or CSV"));
    auto *files = new QFormLayout;
    files->addRow(tr("&Master data:"),
                  createFileRow(m_masterEdit, "masterBrowseButton", tr("Choose the master data file"),
                                &OpenVersionDialog::browseMaster));
    files->addRow(tr("&Version file:"),
                  createFileRow(m_versionEdit, "versionBrowseButton", tr("Choose the forecast version file"),
                                &OpenVersionDialog::browseVersion));

    m_fields = new VersionFieldsBox;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Validate"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(files);
    layout->addWidget(m_fields);
    layout->addLayout(createHint());
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenVersionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenVersionDialog::reject);
    connect(m_masterEdit, &QLineEdit::textChanged, this, &OpenVersionDialog::updateState);
    connect(m_versionEdit, &QLineEdit::textChanged, this, &OpenVersionDialog::updateFormat);
    connect(m_fields, &VersionFieldsBox::changed, this, &OpenVersionDialog::updateState);

    // Room for two lines of hint, so the dialog does not jump as the hint comes and goes.
    m_hint->setText(QStringLiteral("\n"));
    setMinimumSize(fontMetrics().averageCharWidth() * 72, sizeHint().height());
    resize(fontMetrics().averageCharWidth() * 100, minimumHeight());
    restoreSettings();
    updateFormat();
}

OpenVersionDialog::~OpenVersionDialog() = default;

QWidget *OpenVersionDialog::createFileRow(QLineEdit *edit, const char *buttonName, const QString &toolTip,
                                          void (OpenVersionDialog::*browse)())
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // No mnemonic: the two buttons would share it.
    auto *button = new QPushButton(tr("Browse…"));
    button->setObjectName(QLatin1String(buttonName));
    button->setToolTip(toolTip);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, browse);
    return row;
}

QLayout *OpenVersionDialog::createHint()
{
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hintIcon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_hintIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_hintIcon, 0, Qt::AlignTop);
    layout->addWidget(m_hint, 1, Qt::AlignTop);
    return layout;
}

QString OpenVersionDialog::masterPath() const
{
    return QDir::fromNativeSeparators(m_masterEdit->text().trimmed());
}

QString OpenVersionDialog::versionPath() const
{
    return QDir::fromNativeSeparators(m_versionEdit->text().trimmed());
}

void OpenVersionDialog::setMasterPath(const QString &path)
{
    m_masterEdit->setText(QDir::toNativeSeparators(path));
}

void OpenVersionDialog::setVersionPath(const QString &path)
{
    m_versionEdit->setText(QDir::toNativeSeparators(path));
}

bool OpenVersionDialog::isCsv() const
{
    return m_fields->isCsv();
}

QString OpenVersionDialog::startDirectory(const QString &path) const
{
    if (!path.isEmpty())
        return QFileInfo(path).absolutePath();
    return consoleSettings().value(KeyDirectory, QDir::homePath()).toString();
}

void OpenVersionDialog::browseMaster()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open master data"), startDirectory(masterPath()),
                                                      tr("Master data (*.json);;All files (*)"));
    if (!path.isEmpty())
        setMasterPath(path);
}

void OpenVersionDialog::browseVersion()
{
    const QString near = versionPath().isEmpty() ? masterPath() : versionPath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open forecast version"), startDirectory(near),
                                                      tr("Forecast versions (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        setVersionPath(path);
}

void OpenVersionDialog::updateFormat()
{
    const QString path = versionPath();
    m_fields->setCsv(!path.isEmpty() && readsAsCsv(path)); // emits changed(): updateState()
}

bool OpenVersionDialog::isComplete() const
{
    return m_fields->isComplete() && QFileInfo(masterPath()).isFile() && QFileInfo(versionPath()).isFile();
}

void OpenVersionDialog::updateState()
{
    QString hint;
    if (!m_fields->isComplete())
        hint = tr("A CSV file carries no version fields: choose the bucket and the as-of date.");
    else if (masterPath().isEmpty() || versionPath().isEmpty())
        hint = tr("Choose the master data file and the forecast version file.");
    else if (!QFileInfo(masterPath()).isFile())
        hint = tr("There is no master data file at %1.").arg(QDir::toNativeSeparators(masterPath()));
    else if (!QFileInfo(versionPath()).isFile())
        hint = tr("There is no version file at %1.").arg(QDir::toNativeSeparators(versionPath()));
    m_hint->setText(hint);
    m_hintIcon->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

ValidationRequest OpenVersionDialog::request() const
{
    return ValidationRequest::fromFiles(masterPath(), versionPath(), m_fields->overrides());
}

void OpenVersionDialog::done(int result)
{
    if (result == Accepted && !isComplete())
        return;
    saveSettings(result == Accepted);
    QDialog::done(result);
}

void OpenVersionDialog::restoreSettings()
{
    const QSettings s = consoleSettings();
    restoreGeometry(s.value(KeyGeometry).toByteArray());
    m_fields->restore(s);
    setMasterPath(s.value(KeyMaster).toString());
    setVersionPath(s.value(KeyVersion).toString());
}

void OpenVersionDialog::saveSettings(bool values) const
{
    QSettings s = consoleSettings();
    s.setValue(KeyGeometry, saveGeometry());
    if (!values)
        return;
    s.setValue(KeyDirectory, QFileInfo(versionPath()).absolutePath());
    s.setValue(KeyMaster, QFileInfo(masterPath()).absoluteFilePath());
    s.setValue(KeyVersion, QFileInfo(versionPath()).absoluteFilePath());
    m_fields->save(s);
}

} // namespace planbridge::ui
