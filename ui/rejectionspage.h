#pragma once

#include "consolepage.h"
#include "resolutiondialog.h"
#include "resulttypes.h"

#include <QThreadPool>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace planbridge::ui {

class EngineJob;
class MessageBar;
class ReasonCountModel;
class RejectsModel;
class ResolutionListModel;

// The current version's rejects grouped by reason; select many, apply one bulk resolution (code
// map, unit conversion, exclusion, field fix), and re-validation runs at once with a progress bar
// so the counts fall in front of the planner. Every resolution shows who made it and when.
class RejectionsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit RejectionsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~RejectionsPage() override;
    void reload() override;

    // Opens the resolution dialog for the selected rejects.
    void resolveSelection(ResolutionDraft::Kind kind);
    // Records the draft and re-validates; false with the reason on the message bar when refused.
    bool applyResolution(const ResolutionDraft &draft);
    void revalidate();
    void selectReason(int reasonCode);
    void selectAllRejects();
    RejectSelection selection() const;

    EngineJob *loadJob() const { return m_loadJob; }
    EngineJob *revalidateJob() const { return m_revalidateJob; }
    ReasonCountModel *reasons() const { return m_reasons; }
    const ValidationResultPtr &result() const { return m_result; }

private:
    void load(const QString &id);
    void showResult(ValidationResultPtr result);
    void updateActions();

    QThreadPool m_pool;
    QString m_version;
    QString m_state;
    ValidationResultPtr m_result;
    std::shared_ptr<ValidationResultPtr> m_loading;
    MessageBar *m_message;
    QLabel *m_title;
    QLabel *m_counts;
    ReasonCountModel *m_reasons;
    QTableView *m_reasonTable;
    RejectsModel *m_rejects;
    QSortFilterProxyModel *m_rejectsOfReason;
    QTableView *m_rejectTable;
    ResolutionListModel *m_resolutions;
    QPushButton *m_map;
    QPushButton *m_convert;
    QPushButton *m_exclude;
    QPushButton *m_fix;
    QPushButton *m_revalidate;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    EngineJob *m_loadJob;
    EngineJob *m_revalidateJob;
};

} // namespace planbridge::ui
