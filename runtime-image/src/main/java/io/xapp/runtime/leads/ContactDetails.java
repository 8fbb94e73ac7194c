package io.xapp.runtime.leads;

import jakarta.ws.rs.BadRequestException;
import java.util.regex.Pattern;

/** Checks the contact details a visitor typed; the message of each failure is shown next to the form. */
public final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,25}$");
    static final int MAX_NAME = 100;
    static final int MAX_MESSAGE = 2000;

    private ContactDetails() {
    }

    /** Name, and an email or a phone number; each well-formed when given. Returns nothing, throws 400. */
    public static void check(String name, String email, String phone) {
        if (blank(name)) {
            throw new BadRequestException("name is required");
        }
        if (name.length() > MAX_NAME) {
            throw new BadRequestException("name is longer than " + MAX_NAME + " characters");
        }
        if (blank(email) && blank(phone)) {
            throw new BadRequestException("an email address or a phone number is required");
        }
        if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            throw new BadRequestException("email '" + email + "' is not an email address");
        }
        if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
            throw new BadRequestException("phone '" + phone + "' is not a phone number");
        }
    }

    public static void checkText(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new BadRequestException(field + " is longer than " + max + " characters");
        }
    }

    public static String clean(String s) {
        return blank(s) ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
