#!/usr/bin/env bash
# Regenerates the R reference fixtures of the forecasting module (issue #18).
# Run from the project root; needs Rscript with the forecast, urca and tseries packages and the
# shared data folder next to the project (../shared/data). Extra arguments ("classic") are passed
# on to r-fixtures.R.
set -euo pipefail
cd "$(dirname "$0")/../.."
Rscript scripts/forecast/r-fixtures.R ../shared/data core/src/test/resources/forecast/r "$@"
