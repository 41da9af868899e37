package org.fundclear.jobs.cli.options;

import java.util.Locale;
import org.fundclear.generator.Background;
import picocli.CommandLine.ITypeConverter;

/** {@code --background default|alt}: option values in lower case, as the other options' are. */
public final class BackgroundConverter implements ITypeConverter<Background> {
    @Override
    public Background convert(String value) {
        return Background.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
