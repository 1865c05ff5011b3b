// libFuzzer target for the connectors' response parsers: the IBP version catalogue and key-figure
// pages, the PIR read-back page, the $batch multipart answer, the OData error body, and the MRP
// side: the application job's status, planned orders, purchase requisitions and coverages; and the
// flat-file ERP's PIR state file and the outbox's PIR payload; and Tryton's JSON-RPC answers with
// every record parser of the Tryton connector, and an outbox payload regrouped into Tryton
// forecasts. The first byte picks the parser (0xF0 and up: Tryton); for $batch the first line is
// the Content-Type. Any input must end in a value or a clean error; a
// crash, sanitizer report or hang is a bug.
#include "connectors/file/pirstatefile.h"
#include "connectors/ibp/ibpresponse.h"
#include "connectors/odata/batchresponse.h"
#include "connectors/s4/mrpfeedback.h"
#include "connectors/s4/pirheaderjson.h"
#include "connectors/s4/pirstate.h"
#include "connectors/tryton/trytonexecution.h"
#include "connectors/tryton/trytonforecastplan.h"
#include "connectors/tryton/trytonrecords.h"
#include "connectors/tryton/trytonrpc.h"
#include "net/odataerror.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace planbridge;

namespace {

// A Tryton answer, then whatever it holds through every row parser and typed-value reader.
void fuzzTryton(std::string_view input)
{
    using namespace planbridge::tryton;
    const RpcResult result = parseRpcResponse(200, input, 1);
    (void)result.fault.text();
    if (!result.ok())
        return;
    const Json &v = result.value;
    (void)parseProducts(v);
    (void)parseUoms(v);
    (void)parseLocations(v);
    (void)parseForecasts(v);
    (void)parseForecastLines(v);
    (void)parseNotes(v);
    const auto purchases = parsePurchaseRequests(v);
    const auto productions = parseProductionRequests(v);
    if (purchases && productions)
        (void)feedbackFrom(*purchases, *productions, { { 5, "P1" } }, TrytonMapping {});
    (void)quantityOf(v);
    (void)dateOf(v);
    (void)boolOf(v);
    (void)timedeltaOf(v);
    (void)idOf(v);
}

// An outbox payload regrouped into forecasts, and each period's range read back.
void fuzzForecastPlan(std::string_view input)
{
    auto header = s4::parsePirHeaderJson(input);
    if (!header)
        return;
    const auto plan = tryton::planForecasts({ *header, *header });
    for (const auto &forecast : plan.forecasts)
        (void)tryton::periodOfRange(forecast.range);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view input(reinterpret_cast<const char *>(data) + 1, size - 1);
    if (data[0] >= 0xF0) {
        if (data[0] % 2 == 0)
            fuzzTryton(input);
        else
            fuzzForecastPlan(input);
        return 0;
    }
    switch (data[0] % 11) {
    case 0:
        (void)ibp::parseVersionCatalogue(input);
        break;
    case 1:
        (void)ibp::parseKeyFigurePage(input, "PERIODID4_TSTAMP");
        break;
    case 2: {
        const std::size_t eol = input.find('\n');
        const std::string_view contentType = input.substr(0, eol);
        const std::string_view body
            = eol == std::string_view::npos ? std::string_view() : input.substr(eol + 1);
        const auto parts = connectors::parseBatchResponse(contentType, body);
        if (parts) {
            for (const auto &part : *parts) {
                for (const auto &response : part.responses)
                    (void)net::parseODataError(response.body);
            }
        }
        break;
    }
    case 3:
        (void)net::parseODataError(input);
        break;
    case 4:
        (void)s4::parsePirStatePage(input);
        break;
    case 5:
        (void)s4::parseJobStatus(input);
        break;
    case 6:
        (void)s4::parsePlannedOrderPage(input);
        break;
    case 7:
        (void)s4::parseRequisitionPage(input);
        break;
    case 8:
        (void)s4::parseCoveragePage(input);
        break;
    case 9:
        (void)files::parsePirStateJson(input);
        break;
    case 10:
        (void)s4::parsePirHeaderJson(input);
        break;
    }
    return 0;
}
