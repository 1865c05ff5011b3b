#pragma once

#include "domain/date.h"
#include "domain/decimal.h"
#include "domain/expected.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace planbridge::connectors {

// What to plan: the plants whose requirements changed, and the day MRP counts as today.
struct MrpRunRequest
{
    std::vector<std::string> plants; // empty: every plant the ERP plans
    std::optional<Date> runDate; // empty: the ERP's today
    std::string text = "PlanBridge MRP run"; // shown in the ERP's job list
};

enum class MrpRunState { Scheduled, Running, Finished, Aborted };

// A started MRP run, as the ERP identifies it (for S/4: the application job's name and run count).
struct MrpRun
{
    std::string id;
    std::string runCount;
    MrpRunState state = MrpRunState::Scheduled;
    std::string message; // the ERP's status text: why it aborted, or what it did
};

// A planned order MRP proposed (make).
struct PlannedOrderFeedback
{
    std::string id;
    std::string material;
    std::string plant;
    std::string mrpArea;
    Decimal quantity;
    std::string unit;
    Date start;
    Date end; // when the quantity is available
    bool firm = false;

    friend bool operator==(const PlannedOrderFeedback &, const PlannedOrderFeedback &) = default;
};

// A purchase requisition item MRP proposed (buy).
struct RequisitionFeedback
{
    std::string id; // requisition number
    std::string item; // item number within it
    std::string material;
    std::string plant;
    Decimal quantity;
    std::string unit;
    Date delivery;
    Date release; // when purchasing must act: delivery minus the planned delivery time
    std::string supplier; // fixed supplier, may be empty
    bool fixed = false;

    friend bool operator==(const RequisitionFeedback &, const RequisitionFeedback &) = default;
};

// A period the plan cannot cover: from `start` until the day before stock recovers (`end` empty:
// it does not recover within the plan).
struct ShortageFeedback
{
    std::string material;
    std::string plant;
    std::string mrpArea;
    Decimal quantity;
    std::string unit;
    Date start;
    std::optional<Date> end;

    friend bool operator==(const ShortageFeedback &, const ShortageFeedback &) = default;
};

// What MRP made of the released requirements, for the plants read.
struct ExecutionFeedback
{
    std::vector<PlannedOrderFeedback> plannedOrders;
    std::vector<RequisitionFeedback> requisitions;
    std::vector<ShortageFeedback> shortages;
};

// The ERP's execution side: run MRP over the released requirements and read what it proposed.
class ErpExecution
{
public:
    virtual ~ErpExecution() = default;

    // Starts a run and returns at once; an ERP that plans synchronously returns it Finished.
    virtual Expected<MrpRun> startMrp(const MrpRunRequest &request) = 0;
    virtual Expected<MrpRun> mrpStatus(const MrpRun &run) = 0;
    // Everything MRP holds for `plants` (not empty), each list in the ERP's order.
    virtual Expected<ExecutionFeedback> readFeedback(const std::vector<std::string> &plants) = 0;
};

struct MrpWait
{
    std::chrono::milliseconds pollInterval { 500 };
    std::chrono::milliseconds timeout { 15 * 60'000 };
    // Called before each poll with the last status; returning false stops waiting (an error with
    // `cancelled` set; the run itself goes on in the ERP).
    std::function<bool(const MrpRun &)> keepWaiting;
    std::function<void(std::chrono::milliseconds)> sleep; // empty: this thread sleeps
};

// Polls until the run is Finished or Aborted (both returned as values), or the timeout or a
// cancel ends the wait (errors). A status poll that fails is an error too.
Expected<MrpRun> awaitMrp(ErpExecution &erp, MrpRun run, const MrpWait &wait = {});

std::string_view mrpRunStateName(MrpRunState state); // scheduled, running, finished, aborted

} // namespace planbridge::connectors
