# Reference values for a categorical factor (coding: categorical, treatment contrasts against a reference
# group) on the frozen synthetic cohort (cohort-frozen.csv). Run from this folder:
#   Rscript categorical-factors.R > categorical-factors.json
# spine_level: groups Cervical / Thoracic / Lumbar+Sacrum, reference Thoracic.
# visceral_mets: groups None / Single / Multiple, reference None.
# The multivariate model holds both categorical factors and the binary KPS (<80 = 1).
library(survival)
d <- read.csv("cohort-frozen.csv")
x <- data.frame(
  spine_level = relevel(factor(c("Cervical", "Thoracic", "Lumbar/sacrum", "Lumbar/sacrum")[d$spine_level]), ref = "Thoracic"),
  visceral_mets = relevel(factor(c("None", "Single", "Multiple")[d$visceral_mets + 1]), ref = "None"),
  kps_preop = as.numeric(d$kps_preop < 80),
  time = d$os_months,
  status = d$death)
num <- function(v) ifelse(is.na(v), "null", trimws(formatC(v, digits = 17, format = "g")))
rows <- function(fit) {
  s <- summary(fit)
  paste(sprintf('{"name":"%s","coef":%s,"hr":%s,"lower":%s,"upper":%s,"p":%s}',
    names(coef(fit)), num(coef(fit)), num(exp(coef(fit))), num(s$conf.int[, 3]), num(s$conf.int[, 4]), num(s$coefficients[, 5])),
    collapse = ",")
}
# The joint Wald test of one term's coefficients: b' V^-1 b.
wald <- function(fit, prefix) {
  j <- grep(paste0("^", prefix), names(coef(fit)))
  b <- coef(fit)[j]
  stat <- as.numeric(t(b) %*% solve(vcov(fit)[j, j, drop = FALSE]) %*% b)
  sprintf('{"term":"%s","chisq":%s,"df":%d,"p":%s}', prefix, num(stat), length(j), num(pchisq(stat, length(j), lower.tail = FALSE)))
}
out <- c()
for (ties in c("breslow", "efron")) {
  for (f in c("spine_level", "visceral_mets")) {
    fit <- coxph(as.formula(paste("Surv(time, status) ~", f)), data = x, ties = ties)
    out <- c(out, sprintf('{"ties":"%s","model":"%s","coefficients":[%s],"tests":[%s]}', ties, f, rows(fit), wald(fit, f)))
  }
  fit <- coxph(Surv(time, status) ~ spine_level + visceral_mets + kps_preop, data = x, ties = ties)
  out <- c(out, sprintf('{"ties":"%s","model":"multivariate","coefficients":[%s],"tests":[%s,%s,%s]}', ties, rows(fit),
    wald(fit, "spine_level"), wald(fit, "visceral_mets"), wald(fit, "kps_preop")))
}
cat(sprintf('{"source":"%s, survival %s; categorical-factors.R on cohort-frozen.csv",\n', R.version.string, packageVersion("survival")))
cat('"models":[\n', paste(out, collapse = ",\n"), "\n]}\n")
