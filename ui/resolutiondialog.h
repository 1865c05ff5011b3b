#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace planbridge::ui {

// A planner's fix as the dialog collects it; the page turns it into the engine's resolutions.
struct ResolutionDraft
{
    enum Kind { CodeMap, UnitConversion, Exclude, FixField };
    Kind kind = CodeMap;
    bool locationCodes = false; // CodeMap: location codes, else item codes
    QStringList sources; // CodeMap: every code mapped to `canonical`
    QString canonical;
    QString item = QStringLiteral("*"); // UnitConversion
    QString from;
    QString to;
    QString factor;
    QList<quint32> rows; // Exclude: 0-based input rows
    quint32 row = 0; // FixField
    QString field;
    QString value;
    QString reason;
};

// What the selected rejects suggest: their rows and the codes or units they were refused for.
struct RejectSelection
{
    QList<quint32> rows;
    QStringList values; // distinct rejected values, in order of first appearance
    QString field; // the field most of them name (item, location, uom, …)
};

// One bulk resolution for the selected rejects, prefilled from them; it says what it will do and
// asks for the reason every resolution must carry.
class ResolutionDialog : public QDialog
{
    Q_OBJECT
public:
    ResolutionDialog(ResolutionDraft::Kind kind, const RejectSelection &selection, QWidget *parent = nullptr);
    ResolutionDraft draft() const;
    void accept() override;

private:
    ResolutionDraft::Kind m_kind;
    RejectSelection m_selection;
    QComboBox *m_codeKind = nullptr;
    QComboBox *m_field = nullptr;
    QLineEdit *m_sources = nullptr;
    QLineEdit *m_target = nullptr; // canonical code, target unit or new value
    QLineEdit *m_item = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_factor = nullptr;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace planbridge::ui
