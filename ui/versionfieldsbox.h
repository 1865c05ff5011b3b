#pragma once

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
QT_END_NAMESPACE

namespace planbridge {
struct VersionOverrides;
}

namespace planbridge::ui {

// The version fields that replace a forecast version's own: bucket, as-of, version id and priority,
// each "From file" unless set. A CSV version has no fields, so for it bucket and as-of are required.
class VersionFieldsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit VersionFieldsBox(QWidget *parent = nullptr);
    ~VersionFieldsBox() override;

    void setCsv(bool csv);
    bool isCsv() const { return m_csv; }
    // Whether the fields the format requires are set.
    bool isComplete() const;
    VersionOverrides overrides() const;

    void restore(const QSettings &settings);
    void save(QSettings &settings) const;

signals:
    void changed();

private:
    QWidget *createAsOfRow();

    QComboBox *m_bucketCombo = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QRadioButton *m_asOfFromFile = nullptr;
    QRadioButton *m_asOfOverride = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QLineEdit *m_versionIdEdit = nullptr;
    QComboBox *m_priorityCombo = nullptr;
    bool m_csv = false;
};

} // namespace planbridge::ui
