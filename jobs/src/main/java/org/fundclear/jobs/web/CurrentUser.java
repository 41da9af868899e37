package org.fundclear.jobs.web;

import java.util.stream.Collectors;
import org.fundclear.clearing.access.Role;
import org.fundclear.jobs.web.security.ConsoleSecurity;
import org.fundclear.jobs.web.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is logged in and the pages their roles open (users, finance). */
@ControllerAdvice
public class CurrentUser {

    public record Me(String name, String roleLabels, boolean admin, boolean finance) {
    }

    @ModelAttribute("me")
    public Me me(@AuthenticationPrincipal ConsoleUser user) {
        if (user == null) {
            return null;
        }
        return new Me(user.getUsername(), user.account().roles().stream().sorted().map(Role::label)
                .collect(Collectors.joining("、")), user.account().roles().contains(Role.ADMIN),
                user.account().roles().stream().anyMatch(ConsoleSecurity.FINANCE_READERS::contains));
    }
}
