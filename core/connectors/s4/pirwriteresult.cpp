#include "connectors/s4/pirwriteresult.h"

#include "net/odataerror.h"

namespace planbridge::s4 {
namespace {

using connectors::PirWriteResult;
using connectors::PirWriteStatus;

// Fills status, ERP code and message from a response; `technical` is the message used when the
// body is not an OData error (already redacted by the caller).
void fromResponse(PirWriteResult &result, const net::HttpResponse &response, const std::string &technical)
{
    result.httpStatus = response.status;
    result.outcome = net::classify(response);
    if (result.outcome == net::Outcome::Success) {
        result.status = PirWriteStatus::Written;
        return;
    }
    result.status
        = result.outcome == net::Outcome::Business ? PirWriteStatus::Rejected : PirWriteStatus::Failed;
    const auto error = net::parseODataError(response.body);
    // A person acts on a business rejection: show the ERP's own words, not our framing.
    if (error && result.status == PirWriteStatus::Rejected && !error->message.empty()) {
        result.errorCode = error->code;
        result.message = error->message;
        return;
    }
    if (error)
        result.errorCode = error->code;
    result.message = technical.empty() ? net::describeResponse(response) : technical;
}

} // namespace

PirWriteResult writeResultOf(const net::RetryResult &sent)
{
    PirWriteResult result;
    result.attempts = sent.attempts;
    if (!sent.result) {
        result.status = PirWriteStatus::Failed;
        result.outcome = sent.outcome;
        result.message = sent.message;
        return result;
    }
    fromResponse(result, *sent.result, sent.message);
    // The retry loop's own verdict wins: a 429 with a Retry-After too long to sleep through is
    // RetryableTechnical either way, but a retried-out 503 must not read as a fresh one.
    result.outcome = sent.outcome;
    return result;
}

PirWriteResult writeResultOf(const connectors::BatchOperationResponse &part, int attempts)
{
    PirWriteResult result;
    result.attempts = attempts;
    result.httpStatus = part.status;
    if (part.status >= 200 && part.status <= 299) {
        // The common case: skip copying the echoed entity, which is most of a $batch answer.
        result.outcome = net::Outcome::Success;
        result.status = PirWriteStatus::Written;
        return result;
    }
    net::HttpResponse response;
    response.status = part.status;
    response.headers = part.headers;
    response.body = part.body;
    fromResponse(result, response, {});
    return result;
}

} // namespace planbridge::s4
