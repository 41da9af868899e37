package org.fundclear.jobs.web;

import org.fundclear.clearing.access.UserAccount;
import org.fundclear.jobs.users.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' list of console users (changes go through ./fundclear user). */
@Controller
public class UsersController {
    private final UserService users;

    public UsersController(UserService users) {
        this.users = users;
    }

    @GetMapping("/users")
    public String users(Model model) {
        var all = users.list();
        model.addAttribute("users", all);
        model.addAttribute("locked", all.stream().filter(users::locked).map(UserAccount::name).toList());
        return "users";
    }
}
