# Times R's auto.arima on the S&P 500 daily closes, for the forecasting benchmark (issue #18).
#
# Usage: Rscript scripts/forecast/r-bench.R <shared-data-dir>
# Fits auto.arima(ts(close), seasonal = FALSE) to every symbol in one R process, then the exact
# search (stepwise = FALSE, approximation = FALSE) to the first 20 symbols, and prints the
# elapsed seconds, the series count and the seconds per series of each.

suppressPackageStartupMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript r-bench.R <shared-data-dir>")
market <- file.path(args[1], "market", "daily_sp500_2013_2018")
files <- sort(list.files(market, pattern = "\\.csv$"), method = "radix")

# The Close column without the header and the rows with a blank field, as DailySeries.read does.
read_closes <- function(file) {
  lines <- readLines(file, encoding = "UTF-8")[-1]
  cells <- strsplit(lines, ",", fixed = TRUE)
  keep <- vapply(seq_along(lines), function(i) {
    fields <- lengths(regmatches(lines[i], gregexpr(",", lines[i], fixed = TRUE))) + 1
    fields >= 6 && length(cells[[i]]) == fields && all(nzchar(trimws(cells[[i]])))
  }, logical(1))
  as.numeric(vapply(cells[keep], function(c) c[5], character(1)))
}
closes <- lapply(file.path(market, files), read_closes)

report <- function(label, series, fit) {
  elapsed <- system.time(for (x in series) fit(ts(x)))[["elapsed"]]
  cat(sprintf("%s: %.2f s total, %d series, %.4f s per series\n",
              label, elapsed, length(series), elapsed / length(series)))
}

cat(R.version.string, "forecast", as.character(packageVersion("forecast")), "\n")
report("auto.arima stepwise (defaults)", closes, function(y) auto.arima(y, seasonal = FALSE))
report("auto.arima exact (stepwise = FALSE, approximation = FALSE)", head(closes, 20),
       function(y) auto.arima(y, seasonal = FALSE, stepwise = FALSE, approximation = FALSE))
