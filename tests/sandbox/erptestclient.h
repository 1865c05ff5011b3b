#pragma once

// Test-side client for the sandbox ERP: cpp-httplib over real loopback HTTP, doing the CSRF dance
// as SAP documents it. Deliberately not the engine's connectors: the tests check the sandbox.
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace sandboxtest {

inline const std::string Root = "/sap/opu/odata/sap/API_PLND_INDEP_RQMT_SRV";

struct Bucket
{
    std::string period;
    std::string quantity;
    std::string periodType = "M";
};

// A deep-insert body for one PIR, items nested as {"results": [...]} like the published schema.
inline nlohmann::json pirBody(
    const std::string &product, const std::vector<Bucket> &buckets, const std::string &plant = "1710")
{
    nlohmann::json items = nlohmann::json::array();
    for (const Bucket &bucket : buckets)
        items.push_back({ { "PlndIndepRqmtPeriod", bucket.period }, { "PeriodType", bucket.periodType },
            { "PlannedQuantity", bucket.quantity }, { "UnitOfMeasure", "PC" } });
    return { { "Product", product }, { "Plant", plant }, { "MRPArea", plant }, { "PlndIndepRqmtType", "VSF" },
        { "PlndIndepRqmtVersion", "00" }, { "RequirementPlan", "" }, { "RequirementSegment", "" },
        { "PlndIndepRqmtIsActive", "X" }, { "to_PlndIndepRqmtItem", { { "results", items } } } };
}

inline std::string headerKey(const std::string &product, const std::string &plant = "1710")
{
    return "(Product='" + product + "',Plant='" + plant + "',MRPArea='" + plant
        + "',PlndIndepRqmtType='VSF',PlndIndepRqmtVersion='00',RequirementPlan='',RequirementSegment='')";
}

inline std::string itemPath(
    const std::string &product, const std::string &period, const std::string &type = "M")
{
    std::string key = headerKey(product);
    key.pop_back();
    return Root + "/PlannedIndepRqmtItem" + key + ",PlndIndepRqmtPeriod='" + period + "',PeriodType='" + type
        + "')";
}

class ErpClient
{
public:
    explicit ErpClient(int port)
        : m_http("127.0.0.1", port)
    {
        m_http.set_read_timeout(10, 0);
    }

    httplib::Client &http() { return m_http; }
    void setAuth(const std::string &user, const std::string &password)
    {
        m_http.set_basic_auth(user, password);
    }

    // GET the service document with "X-CSRF-Token: Fetch"; keeps the token and the session cookie.
    bool fetchToken()
    {
        const auto result = m_http.Get(Root + "/", { { "X-CSRF-Token", "Fetch" } });
        if (!result || result->status != 200)
            return false;
        m_token = result->get_header_value("X-CSRF-Token");
        const std::string cookie = result->get_header_value("Set-Cookie");
        if (!cookie.empty())
            m_cookie = cookie.substr(0, cookie.find(';'));
        return !m_token.empty() && !m_cookie.empty();
    }

    httplib::Headers writeHeaders(const std::string &requestId = {}) const
    {
        httplib::Headers headers { { "X-CSRF-Token", m_token }, { "Cookie", m_cookie } };
        if (!requestId.empty())
            headers.emplace("Repeatability-Request-ID", requestId);
        return headers;
    }

    httplib::Result get(const std::string &path) { return m_http.Get(path); }
    httplib::Result post(
        const std::string &path, const nlohmann::json &body, const std::string &requestId = {})
    {
        return m_http.Post(path, writeHeaders(requestId), body.dump(), "application/json");
    }
    httplib::Result patch(
        const std::string &path, const nlohmann::json &body, const std::string &requestId = {})
    {
        return m_http.Patch(path, writeHeaders(requestId), body.dump(), "application/json");
    }
    httplib::Result postPir(const nlohmann::json &body, const std::string &requestId = {})
    {
        return post(Root + "/PlannedIndepRqmt", body, requestId);
    }

    nlohmann::json getJson(const std::string &path)
    {
        const auto result = m_http.Get(path);
        return result ? nlohmann::json::parse(result->body, nullptr, false) : nlohmann::json();
    }

private:
    httplib::Client m_http;
    std::string m_token;
    std::string m_cookie;
};

} // namespace sandboxtest
