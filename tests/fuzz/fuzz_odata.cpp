// libFuzzer target for the connectors' response parsers: the IBP version catalogue and key-figure
// pages, the PIR read-back page, the $batch multipart answer, the OData error body, and the MRP
// side: the application job's status, planned orders, purchase requisitions and coverages; and the
// flat-file ERP's PIR state file and the outbox's PIR payload. The first byte picks the parser; for
// $batch the first line is the Content-Type. Any input must end in a value or a clean error; a
// crash, sanitizer report or hang is a bug.
#include "connectors/file/pirstatefile.h"
#include "connectors/ibp/ibpresponse.h"
#include "connectors/odata/batchresponse.h"
#include "connectors/s4/mrpfeedback.h"
#include "connectors/s4/pirheaderjson.h"
#include "connectors/s4/pirstate.h"
#include "net/odataerror.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace planbridge;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view input(reinterpret_cast<const char *>(data) + 1, size - 1);
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
