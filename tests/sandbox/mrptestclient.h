#pragma once

// Test-side helpers for the sandbox ERP's MRP over real HTTP: the material master through the admin
// endpoint, the MRP run through the application-job API, and the read-back services.
#include "erptestclient.h"

#include <string>

namespace sandboxtest {

inline const std::string JobRoot = "/sap/opu/odata/SAP/BC_EXT_APPJOB_MANAGEMENT;v=0002";
inline const std::string PlannedOrders = "/sap/opu/odata/sap/API_PLANNED_ORDERS/A_PlannedOrder";
inline const std::string Requisitions
    = "/sap/opu/odata/sap/API_PURCHASEREQ_PROCESS_SRV/A_PurchaseRequisitionItem";
inline const std::string MrpRoot = "/sap/opu/odata/sap/API_MRP_MATERIALS_SRV_01";

// Percent-encodes a query value; quotes stay literal, as OData string literals need them.
inline std::string queryEncode(const std::string &text)
{
    static const char *Hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '\'') {
            out += char(c);
        } else {
            out += '%';
            out += Hex[c >> 4];
            out += Hex[c & 15];
        }
    }
    return out;
}

inline std::string scheduleUrl(
    const nlohmann::json &parameters, const std::string &templateName = "SAP_PP_MRP_RUN")
{
    return JobRoot + "/JobSchedule?JobTemplateName='" + templateName + "'&JobText='"
        + queryEncode("MRP from tests") + "'&JobUser='TESTER'&TestModeInd=false&JobParameterValues='"
        + queryEncode(parameters.dump()) + "'";
}

inline std::string statusUrl(const nlohmann::json &job)
{
    return JobRoot + "/JobStatusGet?JobName='" + job["JobName"].get<std::string>() + "'&JobRunCount='"
        + job["JobRunCount"].get<std::string>() + "'";
}

inline std::string filtered(const std::string &path, const std::string &filter)
{
    return path + "?$filter=" + queryEncode(filter);
}

// One material of the admin form, with the fields a scenario usually sets.
inline nlohmann::json material(const std::string &product, const std::string &procurement, int leadTimeDays,
    const std::string &openingStock = "0")
{
    return { { "plant", "1710" }, { "product", product }, { "base_unit", "PC" },
        { "procurement", procurement }, { "lead_time_days", leadTimeDays },
        { "opening_stock", openingStock } };
}

// OData v2 /Date(ms)/ of a calendar day (UTC midnight).
inline std::string day(int y, int m, int d)
{
    // days_from_civil, so the test does not borrow the sandbox's own date code
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long days
        = static_cast<long long>(era) * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    return "/Date(" + std::to_string(days * 86'400'000LL) + ")/";
}

} // namespace sandboxtest
