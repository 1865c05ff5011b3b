#pragma once

#include "domain/expected.h"
#include "net/httpclient.h"
#include "net/outcome.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planbridge::net {

// How hard to try one request: exponential backoff with full jitter between attempts.
struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    std::chrono::milliseconds baseDelay { 500 }; // the backoff cap doubles from here...
    std::chrono::milliseconds maxDelay { 30'000 }; // ...up to this
    // A longer Retry-After is not slept through on the caller's thread: the throttled response is
    // returned (RetryableTechnical) so a durable outbox can reschedule the write instead.
    std::chrono::milliseconds maxRetryAfter { 120'000 };
};

// The effects the retry loop needs, injectable so tests neither sleep nor depend on chance.
struct RetryHooks
{
    std::function<double()> random; // uniform in [0, 1)
    std::function<void(std::chrono::milliseconds)> sleep;
    std::function<std::chrono::system_clock::time_point()> now; // for an HTTP-date Retry-After
    // Told before each wait (attempt just failed, its outcome, the wait, a redacted message); may be empty.
    std::function<void(int, Outcome, std::chrono::milliseconds, const std::string &)> onRetry;

    // A seeded Mersenne Twister, std::this_thread::sleep_for and the system clock.
    static RetryHooks system();
};

struct RetryResult
{
    Expected<HttpResponse> result; // the last response (whatever its status) or the last error
    Outcome outcome = Outcome::Technical;
    int attempts = 0;
    std::chrono::milliseconds waited { 0 }; // total time asked of hooks.sleep
    std::string message; // empty on success; otherwise one redacted line for a log or a person
};

// Retry-After as delta-seconds ("120") or an HTTP-date; nullopt when unreadable. Dates in the past
// give zero.
std::optional<std::chrono::milliseconds> parseRetryAfter(
    std::string_view value, std::chrono::system_clock::time_point now);

// Full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): uniform in
// [0, min(maxDelay, baseDelay * 2^(retry-1))], retry counting from 1. Spreads a herd of clients
// that failed together instead of letting them return in lockstep.
std::chrono::milliseconds backoffDelay(const RetryPolicy &policy, int retry, double random);

// Sends until success, a non-retryable outcome, or maxAttempts. On 429/503 the wait is at least the
// server's Retry-After.
RetryResult sendWithRetry(HttpSender &sender, const HttpRequest &request, const RetryPolicy &policy = {},
    const RetryHooks &hooks = RetryHooks::system());

// The same for many requests at once: each round sends the pending ones through
// sender.sendAll(…, parallel); those that may be retried wait together for the longest wait any of
// them was given (so each one's Retry-After holds) and go again. Results in request order.
std::vector<RetryResult> sendAllWithRetry(HttpSender &sender, const std::vector<HttpRequest> &requests,
    std::size_t parallel, const RetryPolicy &policy = {}, const RetryHooks &hooks = RetryHooks::system());

} // namespace planbridge::net
