#include "workflowcontext.h"

#include "store/accounts.h"
#include "synccommands.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include <termios.h>
#include <unistd.h>

namespace planbridge::cli {
namespace {

// One line from the terminal with echo off.
std::optional<std::string> askHidden(const std::string &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s", prompt.c_str());
    std::fflush(stderr);
    termios saved {};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    return line;
}

} // namespace

Expected<std::unique_ptr<store::Cache>> openCache(const Options &options)
{
    std::string path;
    if (const auto given = options.get("--cache")) {
        path = *given;
    } else {
        auto fallback = store::defaultCachePath();
        if (!fallback)
            return fallback.error();
        path = *fallback;
    }
    return store::Cache::open(path);
}

Expected<std::string> readPassword(const char *variable, const std::string &prompt, bool confirm)
{
    if (const char *value = std::getenv(variable); value && *value)
        return std::string(value);
    const auto first = askHidden(prompt);
    if (!first)
        return EngineError { std::string("no password: set ") + variable + " or run in a terminal" };
    if (confirm) {
        const auto second = askHidden("Again: ");
        if (!second || *second != *first)
            return EngineError { "the two passwords differ" };
    }
    return *first;
}

Expected<auth::Session> signIn(store::Cache &cache, const Options &options)
{
    const auto user = options.get("--user");
    if (!user)
        return EngineError { "this command needs --user NAME (the password comes from PLANBRIDGE_PASSWORD)" };
    auto password = readPassword("PLANBRIDGE_PASSWORD", "Password for " + *user + ": ", false);
    if (!password)
        return password.error();
    return store::Accounts(cache).signIn(*user, *password);
}

} // namespace planbridge::cli
