# Scaled Schoenfeld residuals of cox.zph (transform "km"): $x (1 - KM(t-) at each event), $time and $y
# (one column per coefficient, one row per event in time order), with the test table, for
# SmnpcRepro's ScaledSchoenfeldResiduals (zph-residuals.json).
# Made with R 4.2.2, survival 3.5-3:  cd tests/SmnpcRepro.Survival.Tests/Fixtures/zph-residuals && Rscript make-zph-residuals.R
library(survival)
stopifnot(packageVersion("survival") == "3.5.3")

# 40 rows with many tied times (whole months 1-25), a 0/1, a 0/1/2 and a continuous covariate, two
# strata; x4 is constant (0) in stratum 1, so cox.zph leaves its residuals there NA.
set.seed(20240907)
n <- 40
ties40 <- data.frame(
  time = sample(1:25, n, replace = TRUE),
  event = rbinom(n, 1, 0.7),
  x1 = rbinom(n, 1, 0.5),
  x2 = sample(0:2, n, replace = TRUE),
  x3 = round(rnorm(n, 50, 10), 2),
  s = rep(1:2, each = n / 2))
ties40$x4 <- ifelse(ties40$s == 1, 0, ties40$x2)
write.csv(ties40, "ties40.csv", row.names = FALSE, quote = FALSE)

lung_cc <- read.csv("../small-sample/datasets/lung_cc.csv", na.strings = "")

num <- function(x) {
  if (length(x) == 0) return("[]")
  ifelse(is.na(x) & !is.nan(x), "null", ifelse(is.nan(x), "\"NaN\"", sprintf("%.17g", x)))
}
vec <- function(x) paste0("[", paste(num(unname(x)), collapse = ","), "]")
str1 <- function(s) paste0("\"", gsub("\"", "\\\\\"", s), "\"")

describe <- function(id, call) {
  fit <- eval(parse(text = call))
  z <- cox.zph(fit, transform = "km")
  y <- unname(z$y)
  paste0("{",
    "\"id\":", str1(id), ",",
    "\"call\":", str1(call), ",",
    "\"zph_call\":\"cox.zph(fit, transform = \\\"km\\\")\",",
    "\"coef_names\":[", paste(sapply(names(coef(fit)), str1), collapse = ","), "],",
    "\"coef\":", vec(coef(fit)), ",",
    "\"time\":", vec(z$time), ",",
    "\"x\":", vec(z$x), ",",
    "\"y\":[", paste(apply(y, 2, vec), collapse = ","), "],",
    "\"table_terms\":[", paste(sapply(rownames(z$table), str1), collapse = ","), "],",
    "\"chisq\":", vec(z$table[, "chisq"]), ",",
    "\"p\":", vec(z$table[, "p"]),
    "}")
}

fits <- c(
  describe("ties40_efron", 'coxph(Surv(time, event) ~ x1 + x2 + x3, data = ties40, ties = "efron")'),
  describe("ties40_breslow", 'coxph(Surv(time, event) ~ x1 + x2 + x3, data = ties40, ties = "breslow")'),
  describe("ties40_strata_efron", 'coxph(Surv(time, event) ~ x1 + x4 + strata(s), data = ties40, ties = "efron")'),
  describe("lung_cc_efron", 'coxph(Surv(time, event) ~ age + sex + ph.ecog, data = lung_cc, ties = "efron")'))

cat("{", '"generated_by": "make-zph-residuals.R",', '"software": {"R": "4.2.2", "survival": "3.5.3"},',
    '"note": "y is column-major: one array per coefficient, one value per event in time order (null = R NA)",',
    '"fits": [', paste(fits, collapse = ",\n"), "]}\n", file = "zph-residuals.json", sep = "")
