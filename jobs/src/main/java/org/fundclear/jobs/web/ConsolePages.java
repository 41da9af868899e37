package org.fundclear.jobs.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (Spring Security processes its POST). */
@Controller
public class ConsolePages {
    @GetMapping("/login")
    public String login() {
        return "login";
    }
}
