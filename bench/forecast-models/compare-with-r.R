# Scores R's forecast::ets(), thetaf() and auto.arima() on the suite that AccuracyBenchmark writes, with the same
# held-out months, MASE scale and coverage as the Java benchmark. For comparison only: never part of a build or test.
# Usage: Rscript bench/forecast-models/compare-with-r.R suite.csv   (needs Debian's r-cran-forecast)
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
suite <- read.csv(args[1])
scale_of <- function(x) {
  for (lag in c(12, 1)) {
    d <- abs(diff(x, lag = lag))
    if (length(d) > 0 && sum(d) > 0) return(mean(d))
  }
  1
}
rows <- list()
for (id in unique(suite$id)) {
  s <- suite[suite$id == id, ]
  n <- s$training[1]
  x <- ts(s$value[1:n], frequency = 12)
  future <- s$value[(n + 1):nrow(s)]
  h <- length(future)
  scale <- scale_of(s$value[1:n])
  fits <- list(
    ets = function() forecast(ets(x), h = h, level = c(80, 95)),
    thetaf = function() thetaf(x, h = h, level = c(80, 95)),
    auto.arima = function() forecast(auto.arima(x), h = h, level = c(80, 95)),
    snaive = function() snaive(x, h = h, level = c(80, 95)))
  for (method in names(fits)) {
    f <- fits[[method]]()
    mean <- pmax(0, as.numeric(f$mean))
    lo80 <- pmax(0, f$lower[, 1]); hi80 <- f$upper[, 1]; lo95 <- pmax(0, f$lower[, 2]); hi95 <- f$upper[, 2]
    rows[[length(rows) + 1]] <- data.frame(id = id, kind = s$kind[1], method = method,
      mase = mean(abs(future - mean)) / scale,
      in80 = sum(future >= lo80 & future <= hi80), in95 = sum(future >= lo95 & future <= hi95), h = h)
  }
}
r <- do.call(rbind, rows)
gm <- function(v) exp(mean(log(v[v > 0])))
cat(sprintf("%-12s %10s %10s %10s\n", "method", "gmean MASE", "cover 80%", "cover 95%"))
for (m in unique(r$method)) {
  q <- r[r$method == m, ]
  cat(sprintf("%-12s %10.3f %9.1f%% %9.1f%%\n", m, gm(q$mase), 100 * sum(q$in80) / sum(q$h), 100 * sum(q$in95) / sum(q$h)))
}
for (k in unique(r$kind)) {
  cat(sprintf("  %-14s", k))  # per kind: gmean MASE (cover 80%, cover 95%)
  for (m in unique(r$method)) {
    q <- r[r$method == m & r$kind == k, ]
    cat(sprintf(" %s %.3f (%.0f%%, %.0f%%)", m, gm(q$mase), 100 * sum(q$in80) / sum(q$h), 100 * sum(q$in95) / sum(q$h)))
  }
  cat("\n")
}
