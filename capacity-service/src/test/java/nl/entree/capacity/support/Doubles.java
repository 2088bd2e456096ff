package nl.entree.capacity.support;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** Figures are compared as doubles: REST Assured would read them as floats and lose the digits we check. */
public final class Doubles {

    private Doubles() {
    }

    public static void readJsonNumbersAsDoubles() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
