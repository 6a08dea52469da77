# R's labels of numbers (as.character of a double, which factor() uses for the levels of a numeric
# column), for RNumberTextTests. Made with R 4.2.2:  Rscript as-character.R > as-character.tsv
# Column 1: the double, written with 17 significant digits (reads back to the same double);
# column 2: as.character(x).
x <- c(0, -0, 1, -1, 2.5, 1e5, 123456, 1e-4, 0.0001234, 1.5e-5, 0.1 + 0.2, 1/3, 1e15, 1e16,
       123456789012345, 1234567890123456, 123456789012345678, 1e-300, 1.7976931348623157e308,
       5e-324, 100, 1000, 10000, 1e6, 1.25e6, 0.001, 0.00012, 12345.678, -0.000015,
       3.14159265358979, 2/3 * 1e-10, 99999.5, 999999999999999.9, 0.1, 7e22, 1e100, 1.5e-100,
       -123.456, 2^52, 2^53 + 2, 0.5, 1e-5, 1.0000000000000002, 0.99999999999999989, 9.9999999999999995e-5,
       100000.5, 1e5 + 0.1, 3e-3, 4.56e-7, 1234.5e10)
writeLines(paste(sprintf("%.17g", x), as.character(x), sep = "\t"))
