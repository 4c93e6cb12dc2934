package ir.tasvieh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TasviehApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(TasviehApplication.class, args)));
	}

}
