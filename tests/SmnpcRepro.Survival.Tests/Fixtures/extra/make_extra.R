# Extra reference values for the KM / log-rank engine that the shared fixtures do not cover:
# pairwise log-rank on subsets, G-rho with rho = 0.5, summary(fit, times =, extend = TRUE), a 90% CI,
# a numeric rmean limit and an end-to-end timefix case.
# Made with R 4.2.2 (2022-11-10 r83330), survival 3.5-3. Run from the Fixtures folder:
#   Rscript extra/make_extra.R > extra/expected/extra_km_logrank.json
suppressPackageStartupMessages(library(survival))
num <- function(x) {
  out <- ifelse(is.na(x), "null", sprintf("%.17g", x))
  out[!is.na(x) & is.infinite(x) & x > 0] <- "\"Infinity\""
  out[!is.na(x) & is.infinite(x) & x < 0] <- "\"-Infinity\""
  out[is.nan(x)] <- "\"NaN\""
  out
}
arr <- function(x) paste0("[", paste(num(as.vector(x)), collapse = ", "), "]")
str <- function(x) paste0("[", paste0("\"", x, "\"", collapse = ", "), "]")
mat <- function(m) paste0("[", paste(apply(m, 1, arr), collapse = ", "), "]")
field <- function(name, value) paste0("\"", name, "\": ", value)
obj <- function(...) paste0("{", paste(c(...), collapse = ", "), "}")

lung <- read.csv("r-survival/datasets/lung.csv", na.strings = "")
aml <- read.csv("r-survival/datasets/aml.csv", na.strings = "")
aml$x <- factor(aml$x, levels = c("Maintained", "Nonmaintained"))

pairs <- list(c(0, 1), c(0, 2), c(1, 2))
pairwise <- sapply(pairs, function(p) {
  d <- subset(lung, ecog_grp %in% p)
  f <- survdiff(Surv(time, event) ~ ecog_grp, data = d)
  obj(field("groups", str(names(f$n))), field("call", sprintf("\"survdiff(Surv(time, event) ~ ecog_grp, data = subset(lung, ecog_grp %%in%% c(%d, %d)))\"", p[1], p[2])),
      field("obs", arr(f$obs)), field("exp", arr(f$exp)), field("chisq", num(f$chisq)), field("p", num(f$pvalue)))
})
pairwise_strat <- sapply(pairs, function(p) {
  d <- subset(lung, ecog_grp %in% p)
  f <- survdiff(Surv(time, event) ~ ecog_grp + strata(sex), data = d)
  obj(field("groups", str(names(f$n))), field("call", sprintf("\"survdiff(Surv(time, event) ~ ecog_grp + strata(sex), data = subset(lung, ecog_grp %%in%% c(%d, %d)))\"", p[1], p[2])),
      field("chisq", num(f$chisq)), field("p", num(f$pvalue)))
})

g <- survdiff(Surv(time, event) ~ ecog_grp, data = lung, rho = 0.5)
grho <- obj(field("call", "\"survdiff(Surv(time, event) ~ ecog_grp, data = lung, rho = 0.5)\""), field("groups", str(names(g$n))),
            field("obs", arr(g$obs)), field("exp", arr(g$exp)), field("var", mat(g$var)), field("chisq", num(g$chisq)), field("p", num(g$pvalue)))

fit <- survfit(Surv(time, event) ~ x, data = aml)
times <- c(0, 4, 10, 23, 45, 100, 200)
s <- summary(fit, times = times, extend = TRUE)
summ <- obj(field("call", "\"summary(survfit(Surv(time, event) ~ x, data = aml), times = c(0, 4, 10, 23, 45, 100, 200), extend = TRUE)\""),
            field("times", arr(times)), field("strata", str(as.character(s$strata))), field("time", arr(s$time)), field("n.risk", arr(s$n.risk)),
            field("n.event", arr(s$n.event)), field("n.censor", arr(s$n.censor)), field("surv", arr(s$surv)), field("std.err", arr(s$std.err)),
            field("lower", arr(s$lower)), field("upper", arr(s$upper)))

f90 <- survfit(Surv(time, event) ~ 1, data = aml, conf.int = 0.9, conf.type = "log-log")
t90 <- summary(f90)$table
ci90 <- obj(field("call", "\"survfit(Surv(time, event) ~ 1, data = aml, conf.int = 0.9, conf.type = 'log-log')\""), field("time", arr(f90$time)),
            field("lower", arr(f90$lower)), field("upper", arr(f90$upper)), field("median", num(t90["median"])),
            field("median_ci", arr(t90[c("0.9LCL", "0.9UCL")])))

rm30 <- summary(fit, rmean = 30)$table
rmean30 <- obj(field("call", "\"summary(survfit(Surv(time, event) ~ x, data = aml), rmean = 30)$table\""),
               field("rmean", arr(rm30[, "rmean"])), field("se_rmean", arr(rm30[, "se(rmean)"])))

tt <- c(0.1 * 3, 0.3, 1, 2, 2 + 1e-12)
ft <- survfit(Surv(tt, c(1, 1, 0, 1, 1)) ~ 1)
dt <- survdiff(Surv(tt, c(1, 1, 0, 1, 1)) ~ c(1, 2, 1, 2, 1))
tfix <- obj(field("call", "\"survfit(Surv(c(0.1 * 3, 0.3, 1, 2, 2 + 1e-12), c(1, 1, 0, 1, 1)) ~ 1); survdiff(same ~ c(1, 2, 1, 2, 1))\""),
            field("input_time", arr(tt)), field("status", arr(c(1, 1, 0, 1, 1))), field("group", arr(c(1, 2, 1, 2, 1))),
            field("time", arr(ft$time)), field("n.risk", arr(ft$n.risk)), field("n.event", arr(ft$n.event)), field("surv", arr(ft$surv)),
            field("logrank_chisq", num(dt$chisq)))

cat(obj(field("generated_by", "\"extra/make_extra.R\""), field("software", "{\"R\": \"4.2.2\", \"survival\": \"3.5-3\"}"),
        field("pairwise_ecog_grp", paste0("[", paste(pairwise, collapse = ", "), "]")),
        field("pairwise_ecog_grp_strata_sex", paste0("[", paste(pairwise_strat, collapse = ", "), "]")),
        field("grho_0.5_ecog_grp", grho), field("summary_times_aml_x", summ), field("km_aml_ci90_loglog", ci90),
        field("rmean30_aml_x", rmean30), field("timefix", tfix)), "\n")
