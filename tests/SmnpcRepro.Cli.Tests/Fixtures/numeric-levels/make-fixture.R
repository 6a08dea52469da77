# Numeric group, strata and factor columns written with mixed spellings of the same numbers (1, 1.0,
# 01, 1e0; 0, 0.0, 00; 100000, 1e5, 1e+05 ...), as pandas, Excel or hand edits write them. R's read.csv
# reads each column as numbers, so every spelling of a number is one level, in numeric order, labelled
# as R prints the number. Makes mixed-spellings.csv and expected.json (R 4.2.2, survival 3.5-3):
#   Rscript make-fixture.R        (run in this folder)
library(survival)
set.seed(20261202)
n <- 120
grp <- sample(c(0, 1, 2), n, TRUE)
st <- sample(c(1, 2), n, TRUE)
f <- sample(c(0, 1, 1e5), n, TRUE)
x <- round(rnorm(n), 3)
time <- round(rexp(n, 0.05 * exp(0.4 * grp + 0.3 * (f == 1) - 0.4 * (f == 1e5) + 0.3 * x)), 2) + 0.01
event <- rbinom(n, 1, 0.75)
spell <- function(v, forms) vapply(seq_along(v), function(i) {
  s <- forms[[as.character(v[i])]]
  s[(i %% length(s)) + 1]
}, "")
d0 <- data.frame(
  time = time, event = event,
  grp = spell(grp, list("0" = c("0", "0.0", "00"), "1" = c("1", "1.0", "01", "1e0"), "2" = c("2", "2.00"))),
  st = spell(st, list("1" = c("1", "1.0"), "2" = c("2", "02", "2.0"))),
  f = spell(f, list("0" = c("0", "0.0"), "1" = c("1.0", "1"), "1e+05" = c("100000", "1e5", "1e+05", "100000.0"))),
  x = x)
write.csv(d0, "mixed-spellings.csv", row.names = FALSE, quote = FALSE)

d <- read.csv("mixed-spellings.csv")
stopifnot(is.numeric(d$grp), is.numeric(d$st), is.numeric(d$f))
num <- function(v) paste0("[", paste(ifelse(is.na(v), "null", sprintf("%.17g", v)), collapse = ", "), "]")
str <- function(v) paste0("[", paste0("\"", v, "\"", collapse = ", "), "]")
obj <- function(...) { a <- list(...); paste0("{", paste0("\"", names(a), "\": ", unlist(a), collapse = ", "), "}") }
km_entry <- function(call, fit) {
  t <- summary(fit)$table
  obj(call = paste0("\"", call, "\""), strata = str(names(fit$strata)), records = num(t[, "records"]),
      events = num(t[, "events"]), median = num(t[, "median"]))
}
km_grp <- survfit(Surv(time, event) ~ grp, data = d)
km_st <- survfit(Surv(time, event) ~ st, data = d)
sd <- survdiff(Surv(time, event) ~ grp + strata(st), data = d)
cx <- coxph(Surv(time, event) ~ x + factor(f) + factor(grp) + strata(st), data = d)
cx_ref <- coxph(Surv(time, event) ~ x + relevel(factor(f), ref = "1e+05"), data = d)
out <- obj(
  provenance = "\"R 4.2.2, survival 3.5-3: make-fixture.R in this folder\"",
  km_group = km_entry("survfit(Surv(time, event) ~ grp, data = d)", km_grp),
  km_strata_column = km_entry("survfit(Surv(time, event) ~ st, data = d)", km_st),
  logrank = obj(call = "\"survdiff(Surv(time, event) ~ grp + strata(st), data = d)\"",
                groups = str(names(sd$n)), observed = num(rowSums(sd$obs)), expected = num(rowSums(sd$exp)),
                chisq = num(sd$chisq), df = num(length(sd$n) - 1)),
  cox = obj(call = "\"coxph(Surv(time, event) ~ x + factor(f) + factor(grp) + strata(st), data = d)\"",
            names = str(names(coef(cx))), coef = num(coef(cx)), se = num(sqrt(diag(vcov(cx)))),
            loglik = num(cx$loglik)),
  cox_reference = obj(call = "\"coxph(Surv(time, event) ~ x + relevel(factor(f), ref = '1e+05'), data = d)\"",
            coef = num(coef(cx_ref)), loglik = num(cx_ref$loglik)))
writeLines(out, "expected.json")
