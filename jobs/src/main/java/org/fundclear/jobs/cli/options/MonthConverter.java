package org.fundclear.jobs.cli.options;

import org.fundclear.clearing.model.CycleMonth;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --month YYYY-MM}. */
public class MonthConverter implements ITypeConverter<CycleMonth> {
    @Override
    public CycleMonth convert(String value) {
        try {
            return CycleMonth.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
