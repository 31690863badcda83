# Writes the R reference fixtures for the forecasting module (issue #18): classic non-seasonal
# series from base R's datasets and the S&P 500 daily closes, fitted by the forecast package.
#
# Usage: Rscript scripts/forecast/r-fixtures.R <shared-data-dir> <out-dir> [all|classic]
# The optional third argument "classic" writes the classic-series fixtures only.
# The file format is described in core/src/test/resources/forecast/r/README.md.

suppressPackageStartupMessages({
  library(forecast)
  library(urca)
  library(tseries)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) {
  stop("usage: Rscript r-fixtures.R <shared-data-dir> <out-dir> [all|classic]")
}
shared_dir <- args[1]
out_dir <- args[2]
part <- if (length(args) >= 3) args[3] else "all"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

# Numbers with 17 significant digits, spelled the way Java's Double.parseDouble reads them.
num <- function(v) {
  s <- sprintf("%.17g", v)
  s[is.na(v)] <- "NaN"
  s[!is.na(v) & v == Inf] <- "Infinity"
  s[!is.na(v) & v == -Inf] <- "-Infinity"
  s
}
join <- function(v, sep = ";") paste(num(v), collapse = sep)

write_tsv <- function(file, header, rows, comments = character(0)) {
  lines <- c(paste(header, collapse = "\t"), rows)
  if (length(comments) > 0) lines <- c(lines, paste("#", comments))
  writeLines(lines, file.path(out_dir, file))
}

# ---- the series --------------------------------------------------------------------------------

classic_series <- function() {
  list(
    WWWusage = as.numeric(datasets::WWWusage),
    lynx = as.numeric(datasets::lynx),
    LakeHuron = as.numeric(datasets::LakeHuron),
    Nile = as.numeric(datasets::Nile),
    sunspot.year = as.numeric(datasets::sunspot.year),
    austres = as.numeric(datasets::austres),
    treering500 = tail(as.numeric(datasets::treering), 500),
    uspop = as.numeric(datasets::uspop),
    airmiles = as.numeric(datasets::airmiles),
    discoveries = as.numeric(datasets::discoveries)
  )
}

# The Close column in file order, leaving out the header and every row with a blank field,
# exactly as the Java test support (DailySeries.read) does.
read_closes <- function(file) {
  lines <- readLines(file, encoding = "UTF-8")[-1]
  cells <- strsplit(lines, ",", fixed = TRUE)
  keep <- vapply(seq_along(lines), function(i) {
    c <- cells[[i]]
    # strsplit drops a trailing empty field, so count the commas for the field count.
    fields <- lengths(regmatches(lines[i], gregexpr(",", lines[i], fixed = TRUE))) + 1
    fields >= 6 && length(c) == fields && all(nzchar(trimws(c)))
  }, logical(1))
  as.numeric(vapply(cells[keep], function(c) c[5], character(1)))
}

# ---- the fits ----------------------------------------------------------------------------------

has_constant <- function(fit) {
  as.integer(any(c("intercept", "drift") %in% names(coef(fit))))
}

forecast_columns <- function(fit) {
  fc <- forecast(fit, h = 5, level = c(80, 95))
  c(join(fc$mean), join(fc$lower[, 1]), join(fc$upper[, 1]),
    join(fc$lower[, 2]), join(fc$upper[, 2]))
}

coef_columns <- function(fit) {
  cf <- coef(fit)
  c(paste(names(cf), collapse = ";"), join(unname(cf)))
}

auto_arima_row <- function(name, x, mode) {
  y <- ts(x)
  fit <- if (mode == "stepwise") {
    auto.arima(y, seasonal = FALSE)
  } else {
    auto.arima(y, seasonal = FALSE, stepwise = FALSE, approximation = FALSE)
  }
  o <- arimaorder(fit)
  paste(c(name, mode, o[1], o[2], o[3], has_constant(fit),
          num(fit$loglik), num(fit$aicc), num(fit$sigma2),
          coef_columns(fit), forecast_columns(fit)), collapse = "\t")
}

fixed_grid <- list(
  c(0, 1, 0, 0), c(0, 1, 0, 1), c(1, 1, 0, 0), c(1, 1, 0, 1), c(0, 1, 1, 0), c(0, 1, 1, 1),
  c(1, 1, 1, 0), c(1, 1, 1, 1), c(2, 1, 2, 0), c(2, 1, 2, 1), c(1, 0, 0, 1), c(2, 0, 1, 1),
  c(0, 2, 1, 0), c(3, 1, 0, 0), c(3, 1, 0, 1)
)

# Rows for every fit of the grid; fits R refuses are returned as comments.
fixed_rows <- function(name, x) {
  rows <- character(0)
  skipped <- character(0)
  for (g in fixed_grid) {
    r <- tryCatch({
      fit <- Arima(ts(x), order = g[1:3], include.constant = g[4] == 1, method = "CSS-ML")
      se <- sqrt(diag(fit$var.coef))
      paste(c(name, g[1], g[2], g[3], g[4],
              num(fit$loglik), num(fit$aic), num(fit$aicc), num(fit$bic), num(fit$sigma2),
              coef_columns(fit), join(unname(se)), forecast_columns(fit)), collapse = "\t")
    }, error = function(e) {
      skipped <<- c(skipped, sprintf("skipped %s (%d,%d,%d) constant=%d: %s",
                                     name, g[1], g[2], g[3], g[4], conditionMessage(e)))
      NULL
    })
    if (!is.null(r)) rows <- c(rows, r)
  }
  list(rows = rows, skipped = skipped)
}

# ndiffs with the KPSS test, and the KPSS statistic of the level series with the lag rule that
# forecast::ndiffs itself uses: trunc(3 * sqrt(n) / 13).
ndiffs_row <- function(name, x) {
  n <- length(x)
  stat <- ur.kpss(x, type = "mu", use.lag = trunc(3 * sqrt(n) / 13))@teststat[1]
  paste(c(name, ndiffs(x, test = "kpss", alpha = 0.05, max.d = 2), num(stat)), collapse = "\t")
}

# ---- the files ---------------------------------------------------------------------------------

auto_header <- c("series", "mode", "p", "d", "q", "constant", "loglik", "aicc", "sigma2",
                 "coef_names", "coef_values", "mean", "lower80", "upper80", "lower95", "upper95")
fixed_header <- c("series", "p", "d", "q", "constant", "loglik", "aic", "aicc", "bic", "sigma2",
                  "coef_names", "coef_values", "coef_se", "mean", "lower80", "upper80",
                  "lower95", "upper95")

writeLines(c(
  paste("R:", R.version.string),
  paste("forecast:", as.character(packageVersion("forecast"))),
  paste("urca:", as.character(packageVersion("urca"))),
  paste("tseries:", as.character(packageVersion("tseries"))),
  paste("date:", format(Sys.Date()))
), file.path(out_dir, "versions.txt"))

classic <- classic_series()
write_tsv("classic-series.tsv", c("name", "values"),
          vapply(names(classic), function(s) paste(s, join(classic[[s]], ","), sep = "\t"),
                 character(1)))

series <- classic
stepwise_names <- names(classic)
exact_names <- names(classic)
fixed_names <- names(classic)
if (part == "all") {
  market <- file.path(shared_dir, "market", "daily_sp500_2013_2018")
  files <- sort(list.files(market, pattern = "\\.csv$"), method = "radix")
  chosen <- files[seq_along(files) %% 4 == 1]
  chosen <- head(chosen, 120)
  symbols <- sub("\\.csv$", "", chosen)
  for (i in seq_along(chosen)) series[[symbols[i]]] <- read_closes(file.path(market, chosen[i]))
  stepwise_names <- c(stepwise_names, symbols)
  exact_names <- c(exact_names, head(symbols, 40))
  fixed_names <- c(fixed_names, head(symbols, 20))
}

write_tsv("ndiffs.tsv", c("series", "ndiffs_kpss", "kpss_stat"),
          vapply(stepwise_names, function(s) ndiffs_row(s, series[[s]]), character(1)))

fixed <- lapply(fixed_names, function(s) fixed_rows(s, series[[s]]))
write_tsv("arima-fixed.tsv", fixed_header,
          unlist(lapply(fixed, `[[`, "rows")), unlist(lapply(fixed, `[[`, "skipped")))

auto_rows <- character(0)
for (s in stepwise_names) auto_rows <- c(auto_rows, auto_arima_row(s, series[[s]], "stepwise"))
for (s in exact_names) {
  started <- proc.time()[["elapsed"]]
  auto_rows <- c(auto_rows, auto_arima_row(s, series[[s]], "exact"))
  message(sprintf("exact %s: %.1f s", s, proc.time()[["elapsed"]] - started))
}
write_tsv("auto-arima.tsv", auto_header, auto_rows)
