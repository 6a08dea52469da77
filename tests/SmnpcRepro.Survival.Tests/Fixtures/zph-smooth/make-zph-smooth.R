# The smooth and ±2 SE band that plot.cox.zph (survival 3.5-3) draws for each term of cox.zph(fit, transform = "km"),
# for SmnpcRepro's NaturalSpline and ProportionalHazardsSmooth (zph-smooth.json). The numbers are R's own: the
# script runs survival:::plot.cox.zph itself, unchanged, in an environment whose plot/points/axis do nothing and
# whose lines() records its (x, y), so the recorded lines are the smooth (first) and the band (upper, lower) of
# each term. It also writes splines::ns(c(pred.x, x), df = 4, intercept = TRUE) — the basis plot.cox.zph fits —
# of the first fit, and z$var (solve(vmean)).
# Made with R 4.2.2, survival 3.5-3:  cd tests/SmnpcRepro.Survival.Tests/Fixtures/zph-smooth && Rscript make-zph-smooth.R
library(survival)
library(splines)
stopifnot(packageVersion("survival") == "3.5.3")

ties40 <- read.csv("../zph-residuals/ties40.csv")
lung_cc <- read.csv("../small-sample/datasets/lung_cc.csv", na.strings = "")

num <- function(x) {
  if (length(x) == 0) return("[]")
  ifelse(is.na(x) & !is.nan(x), "null", ifelse(is.nan(x), "\"NaN\"", sprintf("%.17g", x)))
}
vec <- function(x) paste0("[", paste(num(unname(x)), collapse = ","), "]")
str1 <- function(s) paste0("\"", gsub("\"", "\\\\\"", s), "\"")

# plot.cox.zph, run as it is, with its drawing calls recording instead of drawing.
recorded <- NULL
plot_zph <- survival:::plot.cox.zph
env <- new.env(parent = environment(plot_zph))
env$plot <- function(...) invisible(NULL)
env$points <- function(...) invisible(NULL)
env$axis <- function(...) invisible(NULL)
env$lines <- function(x, y, ...) recorded[[length(recorded) + 1]] <<- list(x = as.vector(x), y = as.vector(y))
environment(plot_zph) <- env

describe <- function(id, call, basis = FALSE) {
  fit <- eval(parse(text = call))
  z <- cox.zph(fit, transform = "km")
  terms <- colnames(z$y)
  smooths <- character(0)
  for (i in seq_along(terms)) {
    recorded <<- list()
    plot_zph(z, var = i)                       # defaults: resid = TRUE, se = TRUE, df = 4, nsmo = 40
    stopifnot(length(recorded) == 3)
    smooths <- c(smooths, paste0("{",
      "\"term\":", str1(terms[i]), ",",
      "\"var\":", num(z$var[i, i]), ",",
      "\"pred_x\":", vec(recorded[[1]]$x), ",",
      "\"yhat\":", vec(recorded[[1]]$y), ",",
      "\"upper\":", vec(recorded[[2]]$y), ",",
      "\"lower\":", vec(recorded[[3]]$y), "}"))
  }
  extra <- ""
  if (basis) {
    pred.x <- seq(from = min(z$x), to = max(z$x), length = 40)
    b <- ns(c(pred.x, z$x), df = 4, intercept = TRUE)
    extra <- paste0(",\"ns_x\":", vec(c(pred.x, z$x)),
      ",\"ns_knots\":", vec(attr(b, "knots")),
      ",\"ns_boundary\":", vec(attr(b, "Boundary.knots")),
      ",\"ns_basis\":[", paste(apply(unclass(b), 2, vec), collapse = ","), "]")
  }
  paste0("{",
    "\"id\":", str1(id), ",",
    "\"call\":", str1(call), ",",
    "\"zph_call\":\"plot(cox.zph(fit, transform = \\\"km\\\"), var = i)\",",
    "\"var\":[", paste(apply(unname(z$var), 1, vec), collapse = ","), "],",
    "\"smooths\":[", paste(smooths, collapse = ","), "]",
    extra, "}")
}

fits <- c(
  describe("ties40_efron", 'coxph(Surv(time, event) ~ x1 + x2 + x3, data = ties40, ties = "efron")', basis = TRUE),
  describe("ties40_breslow", 'coxph(Surv(time, event) ~ x1 + x2 + x3, data = ties40, ties = "breslow")'),
  describe("ties40_strata_efron", 'coxph(Surv(time, event) ~ x1 + x4 + strata(s), data = ties40, ties = "efron")'),
  describe("lung_cc_efron", 'coxph(Surv(time, event) ~ age + sex + ph.ecog, data = lung_cc, ties = "efron")'))

cat("{", '"generated_by": "make-zph-smooth.R",', '"software": {"R": "4.2.2", "survival": "3.5.3", "splines": "4.2.2"},',
    '"note": "per fit: z$var (row-major), and per term the 40 points plot.cox.zph draws: pred_x, the smooth yhat and its band upper/lower (yhat +/- 2 sqrt(var[i,i] * seval)); ns_basis is column-major",',
    '"fits": [', paste(fits, collapse = ",\n"), "]}\n", file = "zph-smooth.json", sep = "")
