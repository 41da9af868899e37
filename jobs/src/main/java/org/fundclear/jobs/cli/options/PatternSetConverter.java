package org.fundclear.jobs.cli.options;

import java.util.Locale;
import org.fundclear.generator.audit.PatternPlanter;
import picocli.CommandLine.ITypeConverter;

/** {@code --patterns standard|unseen}. */
public final class PatternSetConverter implements ITypeConverter<PatternPlanter.PatternSet> {
    @Override
    public PatternPlanter.PatternSet convert(String value) {
        return PatternPlanter.PatternSet.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
