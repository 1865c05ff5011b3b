#include "net/retrypolicy.h"

#include "net/redact.h"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>
#include <random>
#include <thread>

namespace planbridge::net {

using std::chrono::milliseconds;

RetryHooks RetryHooks::system()
{
    RetryHooks hooks;
    auto engine = std::make_shared<std::mt19937_64>(std::random_device {}());
    hooks.random = [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
    hooks.sleep = [](milliseconds wait) { std::this_thread::sleep_for(wait); };
    hooks.now = [] { return std::chrono::system_clock::now(); };
    return hooks;
}

std::optional<milliseconds> parseRetryAfter(std::string_view value, std::chrono::system_clock::time_point now)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.remove_suffix(1);
    if (value.empty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        long long seconds = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (error != std::errc() || end != value.data() + value.size())
            seconds = 365LL * 24 * 3600; // absurdly large: the caller's maxRetryAfter decides
        return std::chrono::duration_cast<milliseconds>(std::chrono::seconds(seconds));
    }
    // curl_getdate reads the three HTTP-date formats of RFC 9110 §5.6.7.
    const std::string text(value);
    const time_t when = curl_getdate(text.c_str(), nullptr);
    if (when == -1)
        return std::nullopt;
    const auto delta = std::chrono::system_clock::from_time_t(when) - now;
    return std::max(milliseconds(0), std::chrono::ceil<milliseconds>(delta));
}

milliseconds backoffDelay(const RetryPolicy &policy, int retry, double random)
{
    // Doubling in floating point cannot overflow; the cap bounds it anyway.
    const double exponential
        = static_cast<double>(policy.baseDelay.count()) * std::pow(2.0, std::max(0, retry - 1));
    const double cap = std::min(exponential, static_cast<double>(policy.maxDelay.count()));
    const double jittered = std::clamp(random, 0.0, 1.0) * cap;
    return milliseconds(static_cast<long long>(jittered));
}

namespace {

// Responses are quoted, and servers echo requests: scrub what the sender knows to be secret.
std::string failureMessage(
    const HttpSender &sender, const HttpRequest &request, const Expected<HttpResponse> &result, int attempts)
{
    std::string message = result ? std::string(methodName(request.method)) + " " + redactUrl(request.url)
            + ": " + describeResponse(*result)
                                 : result.error().message;
    if (attempts > 1)
        message += " (after " + std::to_string(attempts) + " attempts)";
    return scrubSecrets(std::move(message), sender.secrets());
}

} // namespace

namespace {

// How long to wait before the next attempt after `attempt` failed with `result`; nullopt when the
// server asked for a longer pause than the policy sits through.
std::optional<milliseconds> nextWait(
    const RetryPolicy &policy, const RetryHooks &hooks, const Expected<HttpResponse> &result, int attempt)
{
    milliseconds wait = backoffDelay(policy, attempt, hooks.random ? hooks.random() : 1.0);
    if (result && (result->status == 429 || result->status == 503)) {
        const auto header = result->headers.get("Retry-After");
        const auto now = hooks.now ? hooks.now() : std::chrono::system_clock::now();
        if (const auto retryAfter = header ? parseRetryAfter(*header, now) : std::nullopt) {
            if (*retryAfter > policy.maxRetryAfter)
                return std::nullopt;
            wait = std::max(wait, *retryAfter);
        }
    }
    return wait;
}

void sleepFor(const RetryHooks &hooks, milliseconds wait)
{
    if (hooks.sleep)
        hooks.sleep(wait);
    else
        std::this_thread::sleep_for(wait);
}

} // namespace

RetryResult sendWithRetry(
    HttpSender &sender, const HttpRequest &request, const RetryPolicy &policy, const RetryHooks &hooks)
{
    milliseconds waited { 0 };
    const int maxAttempts = std::max(1, policy.maxAttempts);
    for (int attempt = 1;; ++attempt) {
        Expected<HttpResponse> result = sender.send(request);
        const Outcome outcome = classify(result, sender.lastFailure());
        auto finish = [&](Outcome finalOutcome) {
            std::string message = finalOutcome == Outcome::Success
                ? std::string()
                : failureMessage(sender, request, result, attempt);
            return RetryResult { std::move(result), finalOutcome, attempt, waited, std::move(message) };
        };
        if (!isRetryable(outcome) || attempt >= maxAttempts)
            return finish(outcome);
        const auto wait = nextWait(policy, hooks, result, attempt);
        if (!wait)
            return finish(outcome);
        if (hooks.onRetry)
            hooks.onRetry(attempt, outcome, *wait, failureMessage(sender, request, result, attempt));
        sleepFor(hooks, *wait);
        waited += *wait;
    }
}

std::vector<RetryResult> sendAllWithRetry(HttpSender &sender, const std::vector<HttpRequest> &requests,
    std::size_t parallel, const RetryPolicy &policy, const RetryHooks &hooks)
{
    std::vector<std::optional<RetryResult>> results(requests.size());
    std::vector<std::size_t> pending(requests.size());
    for (std::size_t i = 0; i < pending.size(); ++i)
        pending[i] = i;
    const int maxAttempts = std::max(1, policy.maxAttempts);
    milliseconds waited { 0 };
    for (int attempt = 1; !pending.empty(); ++attempt) {
        std::vector<HttpRequest> round;
        round.reserve(pending.size());
        for (const std::size_t index : pending)
            round.push_back(requests[index]);
        std::vector<SentExchange> sent = sender.sendAll(round, parallel);
        std::vector<std::size_t> again;
        milliseconds wait { 0 };
        for (std::size_t k = 0; k < pending.size(); ++k) {
            const std::size_t index = pending[k];
            Expected<HttpResponse> &result = sent[k].result;
            const Outcome outcome = classify(result, sent[k].failure);
            std::optional<milliseconds> next;
            if (isRetryable(outcome) && attempt < maxAttempts)
                next = nextWait(policy, hooks, result, attempt);
            if (next) {
                if (hooks.onRetry)
                    hooks.onRetry(
                        attempt, outcome, *next, failureMessage(sender, requests[index], result, attempt));
                wait = std::max(wait, *next);
                again.push_back(index);
                continue;
            }
            std::string message = outcome == Outcome::Success
                ? std::string()
                : failureMessage(sender, requests[index], result, attempt);
            results[index] = RetryResult { std::move(result), outcome, attempt, waited, std::move(message) };
        }
        // They failed together (an outage, a throttle): they wait together, for the longest wait any
        // of them was given, so a Retry-After is honoured for each.
        if (!again.empty()) {
            sleepFor(hooks, wait);
            waited += wait;
        }
        pending = std::move(again);
    }
    std::vector<RetryResult> out;
    out.reserve(results.size());
    for (auto &result : results)
        out.push_back(std::move(*result));
    return out;
}

} // namespace planbridge::net
