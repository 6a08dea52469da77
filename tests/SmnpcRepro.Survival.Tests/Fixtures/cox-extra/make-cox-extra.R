# Extra Cox reference fixtures for SmnpcRepro (cox-extra.json), beyond the shared r-survival set:
# Therneau & Grambsch's 7-row example, monotone likelihood, strata, clusters, a chosen reference level,
# non-convergence, singular designs and a 0/1 numeric covariate.
# Made with R 4.2.2, survival 3.5-3:  cd tests/SmnpcRepro.Survival.Tests/Fixtures/cox-extra && Rscript make-cox-extra.R
library(survival)
stopifnot(packageVersion("survival") == "3.5.3")

lung <- read.csv("../r-survival/datasets/lung.csv", na.strings = "")

# Therneau & Grambsch (2000), appendix E / survival's tests/book1.R: 7 rows, one with a missing status.
tg7 <- data.frame(time = c(9, 3, 1, 1, 6, 6, 8), status = c(1, NA, 1, 0, 1, 1, 0), x = c(0, 2, 1, 1, 1, 0, 0))
write.csv(tg7, "tg7.csv", row.names = FALSE, na = "", quote = FALSE)

# Monotone likelihood at n = 30: x = 1 for the ten shortest times, so at every event time while anyone
# with x = 1 is at risk, one of them has the event: the x coefficient runs to +infinity.
set.seed(1)
mono <- data.frame(time = 1:30, event = rep(1, 30), x = c(rep(1, 10), rep(0, 20)), z = round(rnorm(30), 4))
mono$event[seq(2, 30, 3)] <- 0
write.csv(mono, "monotone30.csv", row.names = FALSE, quote = FALSE)

num <- function(x) {
  if (length(x) == 0) return("[]")
  s <- ifelse(is.na(x) & !is.nan(x), "null",
       ifelse(is.nan(x), "\"NaN\"",
       ifelse(is.infinite(x), ifelse(x > 0, "\"Infinity\"", "\"-Infinity\""), sprintf("%.17g", x))))
  s
}
str1 <- function(s) paste0("\"", gsub("\"", "\\\\\"", s), "\"")
json <- function(v) {
  if (is.null(v)) return("null")
  if (is.list(v)) {
    nm <- names(v)
    if (is.null(nm)) return(paste0("[", paste(sapply(v, json), collapse = ","), "]"))
    return(paste0("{", paste(paste0(str1(nm), ":", sapply(v, json)), collapse = ","), "}"))
  }
  if (is.matrix(v)) return(paste0("[", paste(apply(v, 1, function(r) paste0("[", paste(num(r), collapse = ","), "]")), collapse = ","), "]"))
  if (is.character(v)) { if (length(v) == 1) return(str1(v)); return(paste0("[", paste(sapply(v, str1), collapse = ","), "]")) }
  if (is.logical(v) && length(v) == 1) return(ifelse(v, "true", "false"))
  if (length(v) == 1 && is.null(names(v))) return(num(v))
  paste0("[", paste(num(unname(v)), collapse = ","), "]")
}

describe <- function(id, call, fit, warnings = character(0), extra = list()) {
  s <- summary(fit)
  cf <- s$coefficients
  ci <- s$conf.int
  out <- list(
    id = id, call = call, warnings = as.list(warnings),
    n = fit$n, nevent = fit$nevent, iter = fit$iter,
    coef_names = as.list(names(coef(fit))), coef = as.list(unname(coef(fit))),
    se = as.list(unname(sqrt(diag(if (is.null(fit$naive.var)) fit$var else fit$naive.var)))),
    var = unname(fit$var),
    loglik = fit$loglik, score = unname(fit$score),
    wald = unname(fit$wald.test),
    means = as.list(unname(fit$means)),
    concordance = as.list(fit$concordance[c("concordant", "discordant", "tied.x", "tied.y", "tied.xy", "concordance", "std")]))
  if (!all(is.na(coef(fit)))) {
    out$z <- as.list(unname(cf[, "z"])); out$p <- as.list(unname(cf[, "Pr(>|z|)"]))
    out$lower95 <- as.list(unname(ci[, "lower .95"])); out$upper95 <- as.list(unname(ci[, "upper .95"]))
    out$lrt <- unname(s$logtest); out$wald_test <- unname(s$waldtest); out$score_test <- unname(s$sctest)
  }
  if (!is.null(fit$naive.var)) { out$robust_se <- as.list(unname(sqrt(diag(fit$var)))); out$robust_score <- unname(s$robscore) }
  c(out, extra)
}

curve <- function(sf) {
  out <- list(time = sf$time, n.risk = sf$n.risk, n.event = sf$n.event, n.censor = sf$n.censor,
              surv = sf$surv, cumhaz = sf$cumhaz, std.err = sf$std.err, lower = sf$lower, upper = sf$upper)
  if (!is.null(sf$strata)) out$strata <- as.list(sf$strata)
  out
}
zph <- function(fit, terms = TRUE) {
  z <- cox.zph(fit, transform = "km", terms = terms)$table
  list(terms = rownames(z), chisq = unname(z[, "chisq"]), df = unname(z[, "df"]), p = unname(z[, "p"]))
}
capture <- function(expr) {
  w <- character(0)
  val <- withCallingHandlers(expr, warning = function(m) { w <<- c(w, conditionMessage(m)); invokeRestart("muffleWarning") })
  list(value = val, warnings = w)
}

fits <- list()
add <- function(id, call, extra = function(fit) list()) {
  r <- capture(eval(parse(text = call)))
  fits[[length(fits) + 1]] <<- describe(id, call, r$value, r$warnings, extra(r$value))
}

for (ties in c("breslow", "efron")) {
  add(paste0("tg7_", ties), sprintf('coxph(Surv(time, status) ~ x, data = tg7, ties = "%s")', ties))
  add(paste0("monotone_", ties), sprintf('coxph(Surv(time, event) ~ x + z, data = mono, ties = "%s")', ties))
  add(paste0("strata_", ties), sprintf('coxph(Surv(time, event) ~ age + wt.loss + strata(sex), data = lung, ties = "%s")', ties),
      function(fit) list(baseline = curve(survfit(fit)), zph = zph(fit)))
  add(paste0("cluster_", ties), sprintf('coxph(Surv(time, event) ~ age + sex, data = lung, ties = "%s", cluster = inst)', ties))
  add(paste0("reference_", ties), sprintf('coxph(Surv(time, event) ~ age + relevel(factor(ph.ecog), ref = "1"), data = lung, ties = "%s")', ties))
  add(paste0("binary01_", ties), sprintf('coxph(Surv(time, event) ~ age + I(sex - 1), data = lung, ties = "%s")', ties),
      function(fit) list(baseline = curve(survfit(fit))))
  add(paste0("noconverge_", ties), sprintf('coxph(Surv(time, event) ~ age + sex, data = lung, ties = "%s", control = coxph.control(iter.max = 2))', ties))
  add(paste0("collinear_", ties), sprintf('coxph(Surv(time, event) ~ age + I(2 * age) + sex, data = lung, ties = "%s")', ties))
}

cat("{", '"generated_by": "make-cox-extra.R",', '"software": {"R": "4.2.2", "survival": "3.5.3"},',
    '"tg7_closed_form": {"breslow_coef": ', num(log(1.5 + sqrt(33) / 2)), '},',
    '"fits": ', json(fits), "}\n", file = "cox-extra.json", sep = "")
