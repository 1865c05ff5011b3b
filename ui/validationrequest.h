#pragma once

#include "engine/forecastvalidation.h"

#include <QString>

#include <memory>
#include <string>

namespace planbridge::ui {

// What to validate: master data and a forecast version, either held in memory or as files, and
// the version fields that replace the file's (a CSV version has none, so it needs bucket and as-of).
struct ValidationRequest
{
    static ValidationRequest sample();
    static ValidationRequest fromText(std::string masterText, std::string inputText, std::string inputName);
    static ValidationRequest fromFiles(const QString &masterPath, const QString &inputPath,
                                       VersionOverrides overrides = {});

    bool fromFiles() const { return !masterPath.empty(); }

    std::shared_ptr<const std::string> masterText; // in-memory form
    std::shared_ptr<const std::string> inputText;
    std::string inputName;                          // decides JSON or CSV, like a file name
    std::string masterPath;                         // file form
    std::string inputPath;
    VersionOverrides overrides;
    QString label; // what the window calls it: "bundled sample" or the version file's name
};

} // namespace planbridge::ui
