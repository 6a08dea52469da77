# Reference values for PaperAnalysis on a frozen synthetic cohort (cohort-frozen.csv, a copy of the
# first synthetic data/cohort.csv). R 4.2.2, survival 3.5-3. Run from this folder:
#   Rscript paper-analysis.R > paper-analysis.json
# The codings mirror src/SmnpcRepro.Analysis/Factors/PaperFactors.cs: binary factors are 1 for the
# exposure group; ordinal factors are scored 0, 1, 2.
library(survival)
d <- read.csv("cohort-frozen.csv")
x <- data.frame(
  gender = as.numeric(d$sex == 1),
  age = as.numeric(d$age > 46),
  pathology = as.numeric(d$pathology == 1),
  kps_preop = as.numeric(d$kps_preop < 80),
  frankel_preop = as.numeric(d$frankel_preop <= 3),
  visceral_mets = d$visceral_mets,
  spine_level = pmin(d$spine_level, 3) - 1,
  spine_mets_count = as.numeric(d$spine_mets_number == 2),
  mit = as.numeric(d$mit < 12),
  hb = as.numeric(d$hb < 11),
  alb = as.numeric(d$alb < 40),
  ldh = as.numeric(d$ldh >= 245),
  alp = as.numeric(d$alp >= 110),
  ki67 = as.numeric(d$ki67 >= 30),
  surgical_option = d$surgical_option - 1)
x$time <- d$os_months
x$status <- d$death
num <- function(v) ifelse(is.na(v), "null", trimws(formatC(v, digits = 17, format = "g")))
out <- c()
for (ties in c("breslow", "efron")) {
  for (f in setdiff(names(x), c("time", "status"))) {
    fit <- coxph(as.formula(paste("Surv(time, status) ~", f)), data = x, ties = ties)
    s <- summary(fit)
    lr <- survdiff(as.formula(paste("Surv(time, status) ~", f)), data = x)
    p_lr <- pchisq(lr$chisq, length(lr$n) - 1, lower.tail = FALSE)
    out <- c(out, sprintf('{"ties":"%s","factor":"%s","coef":%s,"se":%s,"hr":%s,"lower":%s,"upper":%s,"p":%s,"logrank_p":%s}',
      ties, f, num(coef(fit)), num(sqrt(vcov(fit))), num(exp(coef(fit))), num(s$conf.int[3]), num(s$conf.int[4]),
      num(s$coefficients[5]), num(p_lr)))
  }
}
km <- survfit(Surv(time, status) ~ 1, data = x)
med <- summary(km)$table
cat('{"source":"R 4.2.2, survival 3.5-3; paper-analysis.R on cohort-frozen.csv",\n')
cat(sprintf('"km_median_r":%s,"km_median_r_lower":%s,"km_median_r_upper":%s,\n', num(med["median"]), num(med["0.95LCL"]), num(med["0.95UCL"])))
cat('"univariate":[\n', paste(out, collapse = ",\n"), "\n]}\n")
