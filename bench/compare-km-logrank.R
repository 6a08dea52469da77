# Times R's survival on a CSV made by `SmnpcRepro.Benchmarks generate-km` and prints the numbers that
# bench/compare-km-logrank.sh compares with smnpc. Usage: Rscript compare-km-logrank.R FILE TIMES
# (TIMES comma-separated). Each timing is the elapsed time of the user-level call on data in memory, as
# in the shared reference README's timing table; reading the CSV is timed separately.
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
times <- as.numeric(strsplit(args[2], ",")[[1]])
el <- function(expr) system.time(expr)[["elapsed"]]
t_read <- el(d <- read.csv(args[1], colClasses = c("numeric", "integer", "integer")))
t_km1 <- el(fit1 <- survfit(Surv(time, status) ~ 1, data = d))
t_km3 <- el(fit3 <- survfit(Surv(time, status) ~ group, data = d))
t_lr <- el(lr <- survdiff(Surv(time, status) ~ group, data = d))
num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
arr <- function(x) paste0("[", paste(num(as.vector(x)), collapse = ", "), "]")
tab1 <- summary(fit1)$table
tab3 <- summary(fit3)$table
s1 <- summary(fit1, times = times, extend = TRUE)
cat(sprintf('{"R": "%s", "survival": "%s", "n": %d,\n', R.version.string, as.character(packageVersion("survival")), nrow(d)))
cat(sprintf(' "seconds": {"read.csv": %s, "survfit_1": %s, "survfit_3": %s, "survdiff_3": %s},\n', num(t_read), num(t_km1), num(t_km3), num(t_lr)))
cat(sprintf(' "km1": {"median": %s, "lcl": %s, "ucl": %s, "rmean": %s, "n_times": %d, "surv": %s, "lower": %s, "upper": %s},\n',
            num(tab1["median"]), num(tab1["0.95LCL"]), num(tab1["0.95UCL"]), num(tab1["rmean"]), length(fit1$time), arr(s1$surv), arr(s1$lower), arr(s1$upper)))
cat(sprintf(' "km3": {"median": %s, "lcl": %s, "ucl": %s},\n', arr(tab3[, "median"]), arr(tab3[, "0.95LCL"]), arr(tab3[, "0.95UCL"])))
cat(sprintf(' "logrank": {"chisq": %s, "obs": %s, "exp": %s, "var": %s}}\n', num(lr$chisq), arr(lr$obs), arr(lr$exp), arr(lr$var)))
